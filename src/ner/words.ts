// Facts about words and documents that need no model: shapes, case, headlines, and what a
// document says about its words elsewhere (case, topic).
import type { Token } from '../types.js';
import { TOPIC_WORDS } from './lexicon.js';

export function shapeOf(w: string): string {
  let s = '';
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (c >= 48 && c <= 57) k = 'd';
    else if (c > 127) { const ch = w[i]!; k = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch; }
    else k = w[i]!;
    if (s.length === 0 || s[s.length - 1] !== k) s += k;
  }
  return s;
}

/** The word a token stands for: its text without a possessive ending. */
export function baseText(t: string): string {
  // Most words end in none of ' ’ s, and need no regex.
  const c = t.charCodeAt(t.length - 1);
  if (c !== 0x27 && c !== 0x2019 && c !== 0x73) return t;
  return t.replace(/['’]s?$/, '');
}

// Both read ASCII themselves and leave other text to the case mappings, which build new strings.

export function isAllCaps(w: string): boolean {
  if (w.length < 2) return false;
  let upper = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 127) return w.toUpperCase() === w && w.toLowerCase() !== w;
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

export function isCapitalised(w: string): boolean {
  const code = w.charCodeAt(0);
  if (!(code > 127)) return code >= 65 && code <= 90;
  const c = w[0]!;
  return c.toUpperCase() === c && c.toLowerCase() !== c;
}

export interface DocInfo {
  /** lower word -> bit 1: seen lower case mid-sentence, bit 2: seen capitalised mid-sentence */
  seen: Map<string, number>;
  /** the document's dominant topic (see TOPIC_WORDS), or '' */
  topic: string;
}

export function docInfo(tokens: Token[][], headline: boolean[]): DocInfo {
  const seen = new Map<string, number>();
  const topics = new Map<string, number>();
  let words = 0;
  tokens.forEach((sent, si) => {
    for (const t of sent) {
      words++;
      const tp = TOPIC_WORDS.get(t.normal);
      if (tp) topics.set(tp, (topics.get(tp) ?? 0) + 1);
    }
    if (headline[si]) return;
    for (let i = 1; i < sent.length; i++) {
      const w = baseText(sent[i]!.text);
      const l = w.toLowerCase();
      const bit = l === w ? 1 : isCapitalised(w) ? 2 : 0;
      if (bit) seen.set(l, (seen.get(l) ?? 0) | bit);
    }
  });
  let topic = '', best = 0;
  for (const [tp, c] of topics) if (c > best) { best = c; topic = tp; }
  if (best < 3 || best * 50 < words) topic = '';
  return { seen, topic };
}

/** A sentence in capitals (headline, dateline) carries no case information. */
export function isHeadline(sent: Token[]): boolean {
  let caps = 0;
  for (const t of sent) {
    const w = t.text;
    if (!/[a-zA-Z]/.test(w)) continue;
    if (isAllCaps(w)) caps++;
    else if (w.length > 1 || isCapitalised(w) === false) return false;
  }
  return caps > 0;
}
