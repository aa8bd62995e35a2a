// Turning labelled tokens into clean mentions: a person's span never holds the title or role in
// front of the name (it goes to `title`), nor a leading article or a possessive ending.
import type { FoundMention, Token } from '../types.js';
import { PEELABLE_TITLES, TITLES } from './lexicon.js';

// Only "the": a capital "A" before a name is far more often an initial ("A. Smith") than an article.
const ARTICLES = new Set(['the']);
const POSSESSIVE = /['’]s?$/;
const TRAILING = /[\s,;:!?"'“”‘’)\]}-]+$/;

function lowerBase(t: Token): string {
  return t.text.replace(/\.$/, '').toLowerCase();
}

/** A title word must look like a title: capitalised (or an abbreviation), not a lower-case role noun. */
function isTitleWord(t: Token, set: ReadonlySet<string>): boolean {
  const l = lowerBase(t);
  if (!set.has(l)) return false;
  return /^[A-Z]/.test(t.text) || l === 'of';
}

function titleText(text: string, toks: Token[], from: number, to: number): string {
  const first = toks[from]!, last = toks[to - 1]!;
  // Keep the abbreviation point of "Dr." / "Gen." that compromise moved into `post`.
  const dot = last.post.startsWith('.') && last.text.length <= 4 ? 1 : 0;
  return text.slice(first.start, last.end + dot);
}

export function makeMention(text: string, sent: Token[], from: number, to: number, type: FoundMention['type']): FoundMention | null {
  let title: string | undefined;
  // Leading article: "the Pentagon" -> "Pentagon".
  while (from < to && ARTICLES.has(sent[from]!.text.toLowerCase())) from++;
  if (type === 'person') {
    let k = from;
    while (k < to - 1 && isTitleWord(sent[k]!, PEELABLE_TITLES)) k++;
    // "of" only belongs to a title when a title word follows it ("Secretary of State").
    while (k > from && sent[k - 1]!.text.toLowerCase() === 'of') k--;
    if (k > from) { title = titleText(text, sent, from, k); from = k; }
    if (title === undefined) {
      let b = from;
      const joins = (k: number): boolean => !/[,;:]/.test(sent[k]!.post) && !(sent[k]!.post.includes('.') && sent[k]!.text.length > 4);
      for (;;) {
        if (b > 0 && isTitleWord(sent[b - 1]!, TITLES) && joins(b - 1)) { b--; continue; }
        // "Secretary of Defense": "of" joins two title words.
        if (b > 1 && b < from && sent[b - 1]!.text === 'of' && isTitleWord(sent[b - 2]!, TITLES) && joins(b - 2)) { b -= 2; continue; }
        break;
      }
      if (b < from) title = titleText(text, sent, b, from);
    }
  }
  if (from >= to) return null;
  const start = sent[from]!.start;
  let end = sent[to - 1]!.end;
  let s = text.slice(start, end);
  const stripped = s.replace(POSSESSIVE, '').replace(TRAILING, '');
  if (!stripped) return null;
  end = start + stripped.length;
  s = stripped;
  const m: FoundMention = { type, start, end, text: s, sentence: sent[from]!.sentence };
  if (title) m.title = title;
  return m;
}
