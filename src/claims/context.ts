// Per-document views the claim rules share: clause-sized units and which quote each token sits in.
// Units are finer than seg.sentences because compromise keeps `“A.” he said.` and the next sentence
// together, and a cue only reaches within its own unit (quotes aside).
import type { Segmented, Token } from '../types.js';
import { findQuotes, quoteAt, type Quote } from './quotes.js';

export interface Ctx {
  seg: Segmented;
  toks: Token[];
  quotes: Quote[];
  /** Quote index per token, or -1. */
  tq: number[];
  /** Unit [start, end) token bounds per token. */
  us: number[];
  ue: number[];
  /** Paragraph index per token. */
  para: number[];
}

const FINAL = /[.!?]/;
const TITLE_ABBR = /^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Del|Prof|Rev|Sens|Reps|Gens|Pres|Supt|Insp|Atty|Amb|Hon|St)$/;

export function has(t: Token | undefined, tag: string): boolean {
  return !!t && t.tags.includes(tag);
}

/** "the No. 2 Republican": compromise ends a sentence there; the unit goes on. */
const NUMBER_ABBR = (t: Token, next: Token) => /^\.\s+$/.test(t.post) && /^(No|Nos|Vol|Art|Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/.test(t.text) && /^\d/.test(next.text);

/** A token that ends a unit: sentence punctuation after it, but not an abbreviation's dot. */
function endsUnit(t: Token, next: Token): boolean {
  if (!FINAL.test(t.post)) return false;
  // "(R-Ohio) told", "Inc., said", "the U.S. and": an abbreviation's dot inside a sentence
  if (/^\.\s*[),;]/.test(t.post) || (/^\.\s+$/.test(t.post) && /^[a-z]/.test(next.text))) return false;
  if (/^\.\s+$/.test(t.post) && TITLE_ABBR.test(t.text) || NUMBER_ABBR(t, next)) return false;
  if (/^[.]/.test(t.post) && (has(t, 'Abbreviation') || has(t, 'Honorific') || /^[A-Z]$/.test(t.text) || /^[A-Z]\.[A-Z]/.test(t.text))) return false;
  return true;
}

/** The rules read quotation marks in the punctuation around tokens: a single-quoted quotation's marks are
 *  shown to them as double ones (an apostrophe, ’ or ', stays as it is). */
function doubledMarks(toks: Token[], quotes: Quote[], text: string): Token[] {
  // one mark wide: two straight marks ('') are a double quotation already
  const singles = quotes.filter((q) => q.start - q.open === 1 && (text[q.open] === '‘' || text[q.open] === "'"));
  if (!singles.length) return toks;
  const out = toks.slice();
  const swap = (s: string, k: number, mark: string) => s.slice(0, k) + mark + s.slice(k + 1);
  for (const q of singles) {
    let a = 0, hi = toks.length;
    while (a < hi) { const mid = (a + hi) >> 1; if (toks[mid]!.start < q.start) a = mid + 1; else hi = mid; }
    const first = out[a];
    if (first) { const k = first.pre.length - (first.start - q.open); if (first.pre[k] === '‘' || first.pre[k] === "'") out[a] = { ...first, pre: swap(first.pre, k, '“') }; }
    let b = a; while (b + 1 < toks.length && toks[b + 1]!.end <= q.end) b++;
    const last = out[b];
    if (last && last.end <= q.end && q.close - q.end === 1) { const k = q.end - last.end; if (last.post[k] === '’' || last.post[k] === "'") out[b] = { ...last, post: swap(last.post, k, '”') }; }
  }
  return out;
}

export function buildCtx(seg: Segmented): Ctx {
  const quotes = findQuotes(seg.text, seg.paragraphs);
  const toks = doubledMarks(seg.tokens, quotes, seg.text);
  const tq = toks.map((t) => quoteAt(quotes, t.start));
  const para = toks.map((t) => seg.sentences[t.sentence]!.paragraph);
  const us = new Array<number>(toks.length), ue = new Array<number>(toks.length);
  let start = 0;
  for (let i = 0; i < toks.length; i++) {
    const last = i === toks.length - 1 || (toks[i + 1]!.sentence !== toks[i]!.sentence && !NUMBER_ABBR(toks[i]!, toks[i + 1]!)) || (endsUnit(toks[i]!, toks[i + 1]!) && toks[i + 1]!.text !== '');
    if (last) {
      for (let k = start; k <= i; k++) { us[k] = start; ue[k] = i + 1; }
      start = i + 1;
    }
  }
  return { seg, toks, quotes, tq, us, ue, para };
}

/** The first token from k on that holds text (compromise's contractions leave empty ones). */
export function firstReal(ctx: Ctx, k: number): number {
  while (k < ctx.toks.length - 1 && ctx.toks[k]!.text === '') k++;
  return k;
}

/** Punctuation between token k and the next one (post of k plus pre of k+1). */
export function gapAfter(ctx: Ctx, k: number): string {
  return (ctx.toks[k]?.post ?? '') + (ctx.toks[k + 1]?.pre ?? '');
}
