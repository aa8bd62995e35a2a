// segment: paragraphs, sentences and tokens with offsets, from compromise.
// Every line break ends a sentence (headlines, datelines and list items have no full stop), except a
// hard-wrapped line: one that ends mid-sentence and is followed by a line starting in lower case.
import { nlp } from '../nlp/index.js';
import type { Segmented, Sentence, Span, Token } from '../types.js';

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

export function segment(text: string): Segmented {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const paras = paragraphs(text);
  paras.forEach((para, p) => {
    for (const block of blocks(text, para)) {
      // Line breaks inside a block are hard wraps: same-length spaces keep compromise from splitting there.
      const piece = text.slice(block.start, block.end).replace(/[\r\n]/g, ' ');
      const doc = nlp(piece) as unknown as { document: Term[][] };
      let offset = block.start;
      for (const terms of doc.document) {
        if (terms.length === 0) continue;
        const index = sentences.length;
        const firstToken = tokens.length;
        for (const t of terms) {
          const start = offset + t.pre.length;
          tokens.push({ text: t.text, normal: t.normal, tags: [...t.tags], pre: t.pre, post: t.post, start, end: start + t.text.length, sentence: index });
          offset = start + t.text.length + t.post.length;
        }
        const first = tokens[firstToken]!;
        const last = tokens[tokens.length - 1]!;
        // The sentence keeps the punctuation compromise attached around its first and last term.
        const start = Math.max(block.start, first.start - first.pre.trimStart().length);
        const end = Math.min(block.end, last.end + last.post.trimEnd().length);
        sentences.push({ index, paragraph: p, start, end, firstToken, endToken: tokens.length });
      }
    }
  });
  return { text, sentences, paragraphs: paras, tokens };
}
