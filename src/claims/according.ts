// Sources that come first as a phrase: "according to SOURCE, CONTENT" and "CONTENT, according to SOURCE"
// (with a nested "which cited X"), and "In a new poll, CONTENT".
import { has, gapAfter, type Ctx } from './context.js';
import { npLeft, npRight } from './source.js';
import { cueInfo } from './lexicon.js';
import type { Span } from '../types.js';
import { contentAfter, contentBefore } from './content.js';
import type { Draft } from './draft.js';

/** "according to SOURCE, CONTENT" and "CONTENT, according to SOURCE" (with a nested "which cited X"). */
export function according(ctx: Ctx, i: number): Draft[] {
  const { toks } = ctx;
  const end = ctx.ue[i]!, floor = ctx.us[i]!;
  const src = accordingSource(ctx, i + 2, end);
  if (!src) return [];
  const cue: [number, number] = [i, i + 1];
  const out: Draft[] = [];
  let k = src[1] + 1;
  // ", which cited two diplomats," — the inner source, reported via the outer one
  let inner: Draft | null = null;
  if (k < end && /,/.test(gapAfter(ctx, src[1])) && /^(which|who)$/.test(toks[k]!.normal) && /^cit/.test(toks[k + 1]?.normal ?? '')) {
    const isrc = npRight(ctx, k + 2, end, false, true);
    if (isrc) { inner = { frame: 'CITE', cue: [k + 1, k + 1], source: isrc, content: [], info: cueInfo('cite') ?? null, via: src }; k = isrc[1] + 1; }
  }
  let startsUnit = true;
  for (let m = floor; m < i; m++) {
    if (toks[m]!.text !== '' && !/^(but|and|so|yet|also)$/.test(toks[m]!.normal)) startsUnit = false;
    // what a colon closes is a dateline or a label: "NEW DELHI: According to the police, ..."
    if (/:/.test(gapAfter(ctx, m))) startsUnit = true;
  }
  let content: Span | null = null;
  if (startsUnit) {
    while (k < end && toks[k]!.text === '') k++;
    if (k < end) {
      let e = end - 1; while (e > k && toks[e]!.text === '') e--;
      content = { start: toks[k]!.start, end: toks[e]!.end };
    }
  } else {
    content = contentBefore(ctx, innerContentEnd(ctx, i));
  }
  if (!content) return [];
  out.push({ frame: startsUnit ? 'ACC' : 'ACCpost', cue, source: src, content: [content], info: null });
  if (inner) { inner.content = [content]; out.push(inner); }
  return out;
}

/** Nouns for what speaks in "In a new poll, ...", "In his words, ...". Not "In a statement, she said ...": there the speaker follows. */
const IN_SOURCE = /^(polls?|survey|surveys|study|studies|words|estimates?|projections?|findings|analysis|tally|count)$/;

/** "In a CBS News poll released Monday, 52 percent ...": the cue is "In", the source the phrase up to the comma,
 *  the content the clause after it. Only at the start of a unit ("But in ..." too). */
export function inSource(ctx: Ctx, i: number): Draft[] {
  const { toks } = ctx;
  const floor = ctx.us[i]!, end = ctx.ue[i]!;
  for (let m = floor; m < i; m++) if (toks[m]!.text !== '' && !/^(but|and|yet|so|still)$/.test(toks[m]!.normal)) return [];
  let c = i + 1;
  while (c < end && c - i <= 14 && !/,/.test(gapAfter(ctx, c))) {
    if (ctx.tq[c]! >= 0 || /[;:“”"—]|''/.test(gapAfter(ctx, c))) return [];
    c++;
  }
  if (c >= end - 1 || c - i > 14 || !/,/.test(gapAfter(ctx, c))) return [];
  // the head noun sits before any reduced relative or time phrase: "a poll released Monday", "a survey last month"
  let head = false;
  for (let m = i + 1; m <= c && !head; m++) head = IN_SOURCE.test(toks[m]!.normal) && (has(toks[m], 'Noun') || /s$/.test(toks[m]!.normal) || toks[m]!.normal === 'words');
  // "In other words" is an aside; "In offering analysis" a gerund clause
  const d0 = toks[i + 1]!;
  if (!head || d0.normal === 'other' || !(has(d0, 'Determiner') || has(d0, 'Possessive') || has(d0, 'Value') || /^[A-Z]/.test(d0.text))) return [];
  const after = contentAfter(ctx, c, false);
  if (!after) return [];
  return [{ frame: 'IN', cue: [i, i], source: [i + 1, c], content: after.spans, info: null }];
}

/** `“...,” Sanders said, according to CNN`: the content is what the inner clause reports, before its source and cue. */
function innerContentEnd(ctx: Ctx, i: number): number {
  const { toks } = ctx;
  let j = i - 1;
  while (j > ctx.us[i]! && toks[j]!.text === '') j--;
  const c = cueInfo(toks[j]!.normal);
  if (!c || c.cls !== 'speech' || !has(toks[j], 'Verb') || !/,/.test(gapAfter(ctx, j)) || j - 1 < ctx.us[i]!) return i - 1;
  const src = npLeft(ctx, j - 1, ctx.us[i]!);
  if (!src || src[0] - 1 < ctx.us[i]! || !/[,”"]|''/.test(gapAfter(ctx, src[0] - 1))) return i - 1;
  return src[0] - 1;
}


/** compromise reads "according to people/exit polls" as an infinitive; the words up to the next break are the source. */
function accordingSource(ctx: Ctx, i: number, end: number): [number, number] | null {
  const np = npRight(ctx, i, end, false, true);
  const t = ctx.toks[i];
  if (np) return [np[0], modifiersRight(ctx, np[1], end)];
  if (!t || !/^[\p{L}\p{N}]/u.test(t.text)) return np;
  let b = i;
  for (let k = i + 1; k < end && k - i < 8; k++) {
    if (/[,;:()\[\]—–"“”]|''/.test(gapAfter(ctx, k - 1)) || /^(who|which|that|and|but|while|as|because)$/.test(ctx.toks[k]!.normal)) break;
    if (has(ctx.toks[k], 'Verb') && !has(ctx.toks[k], 'Participle') && !has(ctx.toks[k], 'Noun')) break;
    if (ctx.toks[k]!.text !== '') b = k;
  }
  return [i, b];
}

/** "according to a lawsuit filed in Manhattan by X.", "according to three people briefed on the talks,": what follows
 *  the noun up to the clause's break is its modifier, and gold keeps it in the source — not a relative clause
 *  ("a new poll that shows ...") or a new verb. The last token of the source. */
function modifiersRight(ctx: Ctx, b: number, end: number): number {
  const { toks } = ctx;
  let e = b;
  for (let k = b + 1; k < end; k++) {
    if (/[,;:()\[\]—–"“”]|''|\s-\s/.test(gapAfter(ctx, k - 1)) || ctx.tq[k]! >= 0) break;
    if (k - b > 15) return b;
    const w = toks[k]!;
    if (w.text === '') continue;
    if (/^(who|which|that|but|while|as|because|when|where|if)$/.test(w.normal)) return b;
    if (w.normal === 'think' && /^tanks?$/.test(toks[k + 1]?.normal ?? '')) continue; // "the Resolution Foundation think tank"
    if (has(w, 'Verb') && !has(w, 'Participle') && !has(w, 'PastTense') && !has(w, 'Noun') && !has(w, 'Gerund') && !has(w, 'Particle')) return b;
    e = k;
  }
  return e;
}
