// segment: paragraphs, sentences and tokens with offsets, from compromise, and the story's dateline.
// Every line break ends a sentence (headlines, datelines and list items have no full stop), except a
// hard-wrapped line: one that ends mid-sentence and is followed by a line starting in lower case.
import { nlp } from '../nlp/index.js';
import type { Segmented, Sentence, Span, Token } from '../types.js';
import { findDateline } from './dateline.js';

// compromise's own term objects: reading them directly is what .json({offset: true}) does, without
// building its output. Terms are lossless (pre + text + post rebuilds the input), so offsets are sums.
interface Term {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/** Paragraphs are separated by blank lines. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\r?\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+|\r(?:[ \t]*\r)+/g;
  let at = 0;
  for (const m of text.matchAll(re)) {
    pushTrimmed(text, at, m.index!, out);
    at = m.index! + m[0].length;
  }
  pushTrimmed(text, at, text.length, out);
  return out;
}

/** Runs of text that one sentence may not cross: lines, with hard-wrapped lines joined. */
export function blocks(text: string, para: Span): Span[] {
  const out: Span[] = [];
  let start = para.start;
  const re = /\r\n|\n|\r/g;
  re.lastIndex = para.start;
  for (let m = re.exec(text); m && m.index < para.end; m = re.exec(text)) {
    const before = text.slice(start, m.index).trimEnd();
    const after = text.slice(m.index + m[0].length, para.end).trimStart();
    const wrapped = before.length > 0 && !/[.!?:;"”’)\]]$/.test(before) && /^[a-z(]/.test(after);
    if (!wrapped) {
      pushTrimmed(text, start, m.index, out);
      start = m.index + m[0].length;
    }
  }
  pushTrimmed(text, start, para.end, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** Most characters one nlp() call takes: whole paragraphs, several per call (each call has a fixed cost). */
const CHUNK = 20000;

export function segment(text: string): Segmented {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const paras = paragraphs(text);
  // Each block is a run of text no sentence may cross; blocks of one paragraph know its index.
  const spans: Array<Span & { paragraph: number }> = [];
  paras.forEach((para, p) => {
    for (const b of blocks(text, para)) spans.push({ ...b, paragraph: p });
  });
  let at = 0;
  while (at < spans.length) {
    let last = at;
    while (last + 1 < spans.length && spans[last + 1]!.end - spans[at]!.start <= CHUNK) last++;
    tagChunk(text, spans.slice(at, last + 1), sentences, tokens);
    at = last + 1;
  }
  return { text, sentences, paragraphs: paras, tokens, dateline: findDateline(text) };
}

/**
 * The text as compromise should read it is the same length, so that its offsets index the original: it
 * takes the horizontal bar (―, as some US sites print their dashes) for a word, so that becomes an em dash
 * (tokens keep it in their text and spacing: the rules look for one dash, not two); and it glues a word to
 * a quotation mark typed without its space ("me,”Clinton said", "said,“Look"), so that mark becomes a
 * space (the quotes are found on the original text, and the tokens' spacing gets the mark back).
 */
const GLUED_MARK = /(?<=[\p{L}\p{N},.!?:;])[“”"](?=\p{L})/gu;

function dashes(s: string): string {
  return s.includes('―') ? s.replaceAll('―', '—') : s;
}

/** piece's characters from..to (absolute offsets; piece starts at `start`), with text's quotation marks where piece has spaces instead. */
function marksBack(text: string, piece: string, start: number, from: number, to: number): string {
  const s = piece.slice(from - start, to - start);
  if (!s.includes(' ')) return s;
  let out = '';
  for (let i = from; i < to; i++) out += piece[i - start] === ' ' && /[“”"]/.test(text[i]!) ? text[i] : piece[i - start];
  return out;
}

/**
 * One nlp() call over consecutive blocks. Line breaks inside a block are hard wraps: same-length spaces
 * keep compromise from splitting there. Between blocks the original text stays, and a sentence is cut
 * wherever it would cross from one block to the next, whether or not compromise cut it there.
 */
function tagChunk(text: string, chunk: Array<Span & { paragraph: number }>, sentences: Sentence[], tokens: Token[]): void {
  const start = chunk[0]!.start;
  let piece = text.slice(start, chunk[chunk.length - 1]!.end);
  if (/[\r\n]/.test(piece)) {
    const chars = piece.split('');
    for (const b of chunk) for (let i = b.start; i < b.end; i++) if (chars[i - start] === '\n' || chars[i - start] === '\r') chars[i - start] = ' ';
    piece = chars.join('');
  }
  const dashed = dashes(piece);
  piece = dashed.replace(GLUED_MARK, ' ');
  // most pieces have no mark to put back
  const glued = piece !== dashed;
  const doc = nlp(piece) as unknown as { document: Term[][] };
  let block = 0;
  let offset = start;
  let open: { firstToken: number; block: number } | null = null;
  const close = (): void => {
    if (!open || open.firstToken === tokens.length) return;
    const b = chunk[open.block]!;
    const first = tokens[open.firstToken]!;
    const lastToken = tokens[tokens.length - 1]!;
    const index = sentences.length;
    for (let i = open.firstToken; i < tokens.length; i++) tokens[i]!.sentence = index;
    // The sentence keeps the punctuation compromise attached around its first and last term.
    sentences.push({
      index, paragraph: b.paragraph, firstToken: open.firstToken, endToken: tokens.length,
      start: Math.max(b.start, first.start - first.pre.trimStart().length),
      end: Math.min(b.end, lastToken.end + lastToken.post.trimEnd().length),
    });
    open = null;
  };
  for (const terms of doc.document) {
    close();
    for (const t of terms) {
      const tokenStart = offset + t.pre.length;
      while (block + 1 < chunk.length && tokenStart >= chunk[block + 1]!.start) block++;
      if (open && open.block !== block) close();
      open ??= { firstToken: tokens.length, block };
      const end = tokenStart + t.text.length;
      const pre = glued ? marksBack(text, piece, start, tokenStart - t.pre.length, tokenStart) : t.pre;
      const post = glued ? marksBack(text, piece, start, end, end + t.post.length) : t.post;
      tokens.push({ text: t.text, normal: t.normal, tags: [...t.tags], pre, post, start: tokenStart, end, sentence: -1 });
      offset = tokenStart + t.text.length + t.post.length;
    }
  }
  close();
}
