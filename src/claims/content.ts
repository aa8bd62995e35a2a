// Content spans. Gold content keeps a leading "that", runs to the end of the clause, and for quotes
// covers the whole quotation even when it spans several sentences.
import type { Span, Token } from '../types.js';
import { has, gapAfter, type Ctx } from './context.js';
import { npLeft, npRight } from './source.js';
import { cueInfo, CUE_PREFIX } from './lexicon.js';
import { quoteAt } from './quotes.js';
import { coordinatedCue } from './cue.js';

/** `, sources said.` / `, the source added` at the end of the unit. */
function reportTail(ctx: Ctx, m: number, end: number): boolean {
  if (end - m > 8) return false;
  for (let k = m; k < end; k++) { const c = cueInfo(ctx.toks[k]!.normal); if (c && c.cls === 'speech' && has(ctx.toks[k], 'Verb')) return true; }
  return false;
}

const CLOSE = /[”"»]|''/;
const OBJ_PRON = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'reporters', 'supporters', 'voters', 'viewers', 'listeners', 'journalists', 'lawmakers']);
/** Where a trailing clause starts that belongs to another claim (", adding ...", ", according to ..."). */
const TAIL = new Set(['adding', 'according', 'saying', 'noting', 'arguing', 'citing', 'explaining', 'insisting', 'warning', 'suggesting', 'calling', 'telling', 'claiming', 'stressing', 'asking']);

function lastReal(ctx: Ctx, from: number, to: number): number {
  for (let k = to; k >= from; k--) if (ctx.toks[k]!.text !== '') return k;
  return -1;
}

/** Whether the words after token `c` say why a source goes unnamed rather than what it said: "(asked not) to be
 *  named", "(speaking on) condition of anonymity", "(was not authorised) to discuss the matter". */
export function anonymityNote(ctx: Ctx, c: number, lemma: string): boolean {
  const next = ctx.toks.slice(c + 1, c + 5).map((x) => x.normal).join(' ');
  return /^(not )?to be (named|identified|quoted)|^(on )?(the )?condition of anonymity/.test(next)
    || /^(authori[sz]|allow|permit|empower|clear)/.test(lemma) && /^to (discuss|speak|brief|comment|talk|disclose|release|reveal|share|describe|address)/.test(next);
}

/** Whether a cue of a verb that takes an addressee ("told", "warned"), ending at token `c`, has one next: not
 *  after the cue's own preposition ("warned of a slowdown"), where what was said comes. */
export function takesAddressee(ctx: Ctx, c: number, addressee: boolean): boolean {
  return addressee && !has(ctx.toks[c], 'Preposition');
}

/** Content after a cue whose last token is `c`: returns spans (one, or none) and the token where the content begins. */
export function contentAfter(ctx: Ctx, c: number, addressee: boolean): { spans: Span[]; first: number } | null {
  const { toks } = ctx;
  const end = ctx.ue[c]!;
  let k = c + 1;
  while (k < end && toks[k]!.text === '') k++;
  if (k >= end && !/[“"]|''/.test(gapAfter(ctx, c))) return null;
  // "said, citing his lawyer, that …": the citation is an aside before the content
  if (/,/.test(gapAfter(ctx, c)) && /^(citing|quoting)$/.test(toks[k]!.normal)) {
    let m = k + 1;
    while (m < end - 1 && m - k < 16 && !/[,;:“”"]|''/.test(gapAfter(ctx, m))) m++;
    if (m + 1 < end && /^,\s*$/.test(gapAfter(ctx, m))) k = m + 1;
  }
  addressee = takesAddressee(ctx, c, addressee);
  // "told BBC Radio 4's Today programme: 'We need ...'": whatever names the addressee, the colon ends it
  if (addressee && k < end) {
    for (let m = k; m < Math.min(end - 1, k + 10) && !(has(toks[m], 'Verb') && toks[m]!.text !== ''); m++) {
      if (/:/.test(gapAfter(ctx, m))) { k = m + 1; addressee = false; break; }
    }
  }
  // "told “Morning Joe” on Friday that ...": a programme's quoted title is the addressee
  if (addressee && k < end && ctx.tq[k]! >= 0 && ctx.tq[k] !== ctx.tq[c]) {
    let m = k;
    while (m + 1 < end && ctx.tq[m + 1] === ctx.tq[k]) m++;
    const title = m - k < 5 && toks.slice(k, m + 1).every((t) => /^[\p{Lu}\p{N}]/u.test(t.text) || /^(of|the|and|on|in)$/.test(t.normal));
    const nx = toks[m + 1];
    if (title && m + 1 < end && nx && (nx.normal === 'that' || has(nx, 'Preposition') || has(nx, 'Date'))) k = m + 1;
  }
  if (addressee && k < end && ctx.tq[k] === ctx.tq[c]) {
    const obj = npRight(ctx, k, end, false);
    // "told reporters Thursday the province would sue": a day after the addressee is no part of it
    let dated = false;
    if (obj) for (let d = obj[0] + 1; d <= obj[1]; d++) if (has(toks[d], 'Date') && /^\s*$/.test(gapAfter(ctx, d - 1))) { obj[1] = d - 1; dated = true; break; }
    if (obj) {
      let nb = obj[1] + 1;
      while (nb < end && (toks[nb]!.text === '' || dated && has(toks[nb], 'Date'))) nb++;
      const nxt = toks[nb];
      const objPron = obj[0] === obj[1] && OBJ_PRON.has(toks[obj[0]]!.normal);
      // ("told the court her client denied it": a possessive opens the reported clause's subject)
      if (objPron || dated || !nxt || nxt.normal === 'that' || has(nxt, 'Preposition') || has(nxt, 'Possessive') && has(nxt, 'Pronoun') || /[,:“"]|''/.test(gapAfter(ctx, nb - 1)) || proper(toks[obj[1]]!)) k = nb;
    }
  }
  // "said on Tuesday that ...", "told CNN in an interview that ...": the content starts at "that".
  if (k < end && toks[k]!.normal !== 'that' && (has(toks[k], 'Preposition') || has(toks[k], 'Date') || has(toks[k], 'Adverb') || /^(earlier|later|last|this|recently)$/.test(toks[k]!.normal))) {
    for (let m = k + 1; m < Math.min(end, k + 12); m++) {
      const t = toks[m]!;
      if (t.normal === 'that' || /^(how|why|what|whether|when|where|who)$/.test(t.normal)) { k = m; break; }
      if (has(t, 'Verb') || /[“"]|''/.test(t.pre)) break;
    }
  }
  // "said under questioning, the ..." / "noted, with a chart, that ...": a leading adjunct set off by a comma
  if (k < end && (has(toks[k], 'Preposition') || has(toks[k], 'Adverb') || /^(however|though|meanwhile|too|instead|nonetheless|nevertheless|therefore|moreover|later|earlier|again|then)$/.test(toks[k]!.normal)) && toks[k]!.normal !== 'that') {
    for (let m = k; m < Math.min(end - 1, k + 10); m++) {
      if (has(toks[m], 'Verb') && !has(toks[m], 'Gerund') || ctx.tq[m]! >= 0) break;
      if (/,/.test(gapAfter(ctx, m))) { k = m + 1; break; }
    }
  }
  // "said in an op-ed before the hearing, “The State Department ...”": an adjunct before a quotation is no part of it
  if (k < end && ctx.tq[k]! < 0 && (has(toks[k], 'Preposition') || has(toks[k], 'Adverb') || has(toks[k], 'Date')) && toks[k]!.normal !== 'that') {
    for (let m = k + 1; m < Math.min(end, k + 20); m++) {
      if (/^(that|whether)$/.test(toks[m]!.normal)) break;
      if (ctx.tq[m]! >= 0) { if (/,\s*(“|"|'')\s*$/.test(gapAfter(ctx, m - 1))) k = m; break; }
    }
  }
  if (k >= end) {
    // `He said: “...` with the quote opening in the next unit
    const q = ctx.tq[k];
    if (k < toks.length && q !== undefined && q >= 0 && ctx.para[k] === ctx.para[c]) return { spans: [quoteFrom(ctx, k)], first: k };
    return null;
  }
  const q = ctx.tq[k]!;
  if (q >= 0 && q !== ctx.tq[c] && ctx.quotes[q]!.open >= toks[c]!.end) return { spans: [quoteFrom(ctx, k)], first: k };
  let e = end - 1;
  // an object noun phrase ("praised the program, the ...") ends at its first comma; a clause runs on
  let clause = toks[k]!.normal === 'that' || ctx.tq[k]! >= 0 || /^(to|how|why|what|whether|when|where|who|if)$/.test(toks[k]!.normal);
  // "When the director said that X, the markets fell": the claim lives in the subordinate clause
  let u = ctx.us[c]!; while (u < c && toks[u]!.text === '') u++;
  const subordinate = u < c && /^(when|while|after|before|if|because|since|although|though|once|as|until|unless)$/.test(toks[u]!.normal) && ctx.tq[u]! < 0;
  for (let m = k + 1; m < end; m++) {
    if (ctx.tq[m]! >= 0) { clause = true; continue; }
    const comma = /,|—|--/.test(gapAfter(ctx, m - 1));
    const t = toks[m]!;
    if (comma && subordinate) { e = m - 1; break; }
    // ", including X", ", even Y", ", particularly Z" elaborate the content and gold keeps them
    const elaborates = /^(including|even|particularly|especially|notably|not|like|such)$/.test(t.normal);
    if (comma && !clause && !elaborates) { e = m - 1; break; }
    if (has(toks[m - 1], 'Verb') && !has(toks[m - 1], 'Gerund') && !has(toks[m - 1], 'Participle')) clause = true;
    if (comma && !elaborates && (TAIL.has(t.normal) || /^(who|which|though|although|while|whereas)$/.test(t.normal) || has(t, 'Gerund') || reportTail(ctx, m, end))) { e = m - 1; break; }
    if (/\s[—―]\s?|\s--\s|;|\s\(/.test(gapAfter(ctx, m - 1)) || /^[—―–]+$/.test(t.text)) { e = m - 1; break; }
    // ", but the bid failed": a new clause that is the writer's, not the source's
    if (comma && t.normal === 'but') { e = m - 1; break; }
    // "... and vowed to ...", "... but did not say ...": a second claim by the same source (frames.ts: coordinated)
    let coordinated = false;
    if (t.normal === 'and' || t.normal === 'but') for (let v = m + 1; v <= m + 4 && v < end && !coordinated; v++) coordinated = coordinatedCue(ctx, m, v);
    if (coordinated) { e = m - 1; break; }
  }
  e = lastReal(ctx, k, e);
  if (e < k) return null;
  let stop = toks[e]!.end;
  const qe = ctx.tq[e]!;
  if (qe >= 0 && ctx.quotes[qe]!.end > stop && ctx.quotes[qe]!.open > toks[c]!.end) stop = ctx.quotes[qe]!.end;
  return { spans: [{ start: toks[k]!.start, end: stop }], first: k };
}

export function quoteFrom(ctx: Ctx, k: number): Span {
  const q = ctx.quotes[ctx.tq[k]!]!;
  return { start: q.start, end: q.end };
}
const proper = (t: { tags: string[] }) => t.tags.includes('ProperNoun') || t.tags.includes('Person') || t.tags.includes('Organization');

/** Content before a source/cue, ending at token j: the quote that closes there, else the unit up to j. */
/** `on the show “Sunday Morning News,” Rep. Lee said ...`: a short quotation of capitalised words that opens after
 *  other words of its unit is a title, not what the source said. k: its last token. */
export function quotedTitle(ctx: Ctx, k: number): boolean {
  const q = ctx.tq[k]!;
  if (q < 0) return false;
  let a = k;
  while (a - 1 >= ctx.us[k]! && ctx.tq[a - 1] === q) a--;
  if (a === ctx.us[k] || k - a > 5) return false;
  for (let m = a; m <= k; m++) if (!/^(\p{Lu}|\d|(of|the|and|a|in|on|for|to|with)$)/u.test(ctx.toks[m]!.text)) return false;
  return true;
}

export function contentBefore(ctx: Ctx, j: number): Span | null {
  const { toks } = ctx;
  j = lastReal(ctx, Math.max(0, j - 50), j);
  if (j < 0) return null;
  const q = ctx.tq[j]!;
  // "... are big fans of “Prison Break,” Mr. Madden said": a title closing the clause is no quotation of its own
  if (q >= 0 && CLOSE.test(gapAfter(ctx, j)) && !quotedTitle(ctx, j)) {
    const quote = ctx.quotes[q]!;
    return { start: quote.start, end: toks[j]!.end };
  }
  let a = ctx.us[j]!;
  while (a <= j && toks[a]!.text === '') a++;
  if (a > j) return null;
  // "But ...", "WASHINGTON — ...", "In addition, ...": openers that gold leaves out of the content
  const dl = ctx.seg.dateline;
  for (let guard = 0; guard < 3 && a < j; guard++) {
    const t = toks[a]!;
    if (/^(but|and|so|yet|or|still|however|also)$/.test(t.normal) && ctx.tq[a]! < 0) { a++; continue; }
    if (dl && t.start >= dl.start && t.start < dl.end) { while (a < j && toks[a]!.start < dl.end) a++; continue; }
    let m = a;
    while (m < Math.min(j, a + 4) && !/,/.test(gapAfter(ctx, m)) && !has(toks[m], 'Verb')) m++;
    // "In 2015, ...", "As for complexity, ..."
    const prep = has(toks[a], 'Preposition') || t.normal === 'as' && toks[a + 1]?.normal === 'for';
    if (m < j && m - a < 4 && /,/.test(gapAfter(ctx, m)) && prep && ctx.tq[a]! < 0) { a = m + 1; continue; }
    break;
  }
  // a unit that opens mid-quote continues a quotation begun in an earlier sentence
  const qa = ctx.tq[a]!;
  const start = qa >= 0 && ctx.quotes[qa]!.start < toks[a]!.start && !/[“"]|''/.test(toks[a]!.pre) ? ctx.quotes[qa]!.start : toks[a]!.start;
  return { start, end: toks[j]!.end };
}

/** `“A,” he said. “B.”`: the quote that opens the unit after `c`, when nothing else attributes it. */
export function continuation(ctx: Ctx, c: number): Span | null {
  const n = ctx.ue[c]!;
  if (n >= ctx.toks.length || ctx.para[n] !== ctx.para[c]) return null;
  const q = ctx.tq[n]!;
  if (q < 0 || ctx.quotes[q]!.open < ctx.toks[c]!.end || saidAfter(ctx, q)) return null;
  return { start: ctx.quotes[q]!.start, end: ctx.quotes[q]!.end };
}

/** `“B,” Medina said.` / `“B,” said Medina.`: right after the quotation, its sentence attributes it with a finite
 *  speech verb of its own, alone or after its subject (not `“B,” adding that …`, `“B,” a promise critics called …`). */
export function saidAfter(ctx: Ctx, q: number): boolean {
  const { toks } = ctx;
  const qe = quoteEndToken(ctx, q);
  if (qe < 0) return false;
  const end = ctx.ue[qe]!;
  // a finite speech verb, or one after the auxiliaries and adverbs a cue keeps ("has said", "would say")
  const speech = (v: number) => { const t = toks[v]!; return has(t, 'Verb') && cueInfo(t.normal)?.cls === 'speech' && (!has(t, 'Gerund') && (has(t, 'PastTense') || has(t, 'PresentTense')) || CUE_PREFIX.has(toks[v - 1]?.normal ?? '')); };
  let k = qe + 1;
  while (k < end && toks[k]!.text === '') k++;
  if (k < end && speech(k)) return true;
  for (let v = k + 1; v < end; v++) {
    if (ctx.tq[v]! >= 0 || !speech(v)) continue;
    // its subject, past adverbs and auxiliaries ("later said", "has repeatedly said"): a noun phrase from the
    // quotation's end, or a pronoun, a name or a phrase after a comma (`“B” to drive up the price, she said`), not
    // one inside a phrase ("critics called")
    let j = v - 1;
    while (j > k && (has(toks[j], 'Adverb') || CUE_PREFIX.has(toks[j]!.normal) || toks[j]!.text === '')) j--;
    const np = npLeft(ctx, j, k);
    if (np && (np[0] === k || np[0] === np[1] && (has(toks[np[0]], 'Pronoun') || has(toks[np[0]], 'ProperNoun')) || /,/.test(gapAfter(ctx, np[0] - 1)))) return true;
  }
  return false;
}

/** The last token inside quotation q, or -1. */
function quoteEndToken(ctx: Ctx, q: number): number {
  const end = ctx.quotes[q]!.end;
  let lo = 0, hi = ctx.toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ctx.toks[mid]!.start < end) lo = mid + 1; else hi = mid; }
  return lo - 1 >= 0 && ctx.tq[lo - 1] === q ? lo - 1 : -1;
}

/**
 * News style runs a quotation over paragraphs: a paragraph that ends inside an open quotation, then one that
 * opens with a mark again, is the same speaker going on; so is a paragraph of nothing but a quotation after the
 * one that quoted and named the speaker (annotators read it so about twice in three times, and give it
 * another source almost never). The quotations that continue the content ending at
 * `end`, while each such paragraph is all quotation, holds a word, and attributes nothing itself: `cued[q]`
 * marks the quotations that hold an output claim's cue.
 */
export function continuedQuote(ctx: Ctx, end: number, cued: Uint8Array): Span[] {
  const { seg, quotes } = ctx;
  const out: Span[] = [];
  let q = quoteAt(quotes, Math.max(0, end - 1));
  // bounded by the paragraphs that follow, each looked at once per claim
  while (q >= 0) {
    const quote = quotes[q]!;
    const p = paragraphAt(seg.paragraphs, quote.open);
    if (p < 0 || p + 1 >= seg.paragraphs.length) break;
    // open to its paragraph's end (no closing mark), or closed and the paragraph's last quotation
    const open = quote.close === quote.end && seg.text.slice(quote.end, seg.paragraphs[p]!.end).trim() === '';
    const next = seg.paragraphs[p + 1]!;
    const n = quoteAt(quotes, next.start);
    if (n < 0 || n === q || cued[n] || !open && n !== q + 1) break;
    const nq = quotes[n]!;
    if (nq.open !== next.start || seg.text.slice(nq.close, next.end).trim() !== '' || !/[\p{L}\p{N}]/u.test(seg.text.slice(nq.start, nq.end))) break;
    out.push({ start: nq.start, end: nq.end });
    q = n;
  }
  return out;
}

/** Index of the paragraph holding position `pos` (paragraphs are sorted and disjoint), or -1. */
function paragraphAt(paragraphs: Span[], pos: number): number {
  let lo = 0, hi = paragraphs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (paragraphs[mid]!.end <= pos) lo = mid + 1; else hi = mid; }
  return lo < paragraphs.length && paragraphs[lo]!.start <= pos ? lo : -1;
}
