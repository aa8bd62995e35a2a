// Content boundaries. The rules place a content's first and last word by construction; annotators vary
// around that choice in ways no short rule captures ("questions about [his microphone problems]", a date
// after the clause, an appositive after a comma). A linear model, trained on PolNeAR train by
// scripts/train-bounds.ts, looks at the token boundaries near the rule's choice and picks the likeliest
// start and end; with no model file the rule's choice stands.
import fs from 'node:fs';
import type { Span } from '../types.js';
import type { Draft } from './draft.js';
import { gapAfter, type Ctx } from './context.js';
import { SUBORD } from './subject.js';
import { A, Best, TEMPLATES, T, atom, clip, flagAtom, holdsWord, key, toMap, view, viewOver, type Sink, type Which } from './bounds-view.js';

export type { Sink } from './bounds-view.js';
export { featureName } from './bounds-view.js';
const S = T(TEMPLATES.start), E = T(TEMPLATES.end);

/** Weights by feature name (`template|atom|atom`), as the model file stores them. */
export interface BoundsWeights { start: Record<string, number>; end: Record<string, number>; cue?: Record<string, number> }

/** How far from the rule's choice a boundary may move, in tokens. */
const REACH = { back: 4, fwd: 12, trim: 25, extend: 25 };

let model: Record<Which, Map<number, number>> | null = null;
export function setBoundsModel(w: BoundsWeights | null): void {
  model = w ? { start: toMap('start', w.start), end: toMap('end', w.end), cue: toMap('cue', w.cue ?? {}) } : null;
}
/** The weights of one decision, or null without a model. */
export function weightsOf(which: Which): Map<number, number> | null { return model ? model[which] : null; }
try {
  setBoundsModel(JSON.parse(fs.readFileSync(new URL('../../../model/claims-bounds.json', import.meta.url), 'utf8')) as BoundsWeights);
} catch {
  model = null;
}
export function hasBoundsModel(): boolean { return model !== null; }

/** The first token holding a word at or after character `pos`, or -1. */
export function wordAt(ctx: Ctx, pos: number): number {
  const { toks } = ctx;
  let lo = 0, hi = toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid]!.end <= pos) lo = mid + 1; else hi = mid; }
  while (lo < toks.length && !holdsWord(toks[lo]!)) lo++;
  return lo < toks.length ? lo : -1;
}

/** First and last token holding a word inside a span, or null. */
export function tokensOf(ctx: Ctx, s: Span): [number, number] | null {
  const { toks } = ctx;
  let lo = 0, hi = toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid]!.end <= s.start) lo = mid + 1; else hi = mid; }
  let a = lo;
  while (a < toks.length && !holdsWord(toks[a]!) && toks[a]!.start < s.end) a++;
  if (a >= toks.length || toks[a]!.start >= s.end) return null;
  let b = a;
  for (let k = a + 1; k < toks.length && toks[k]!.start < s.end; k++) if (holdsWord(toks[k]!)) b = k;
  return [a, b];
}

/** Candidate starts of the content [s0, e0] with their features, never across the claim's own source or cue
 *  nor out of the paragraph. */
export function startCandidates(ctx: Ctx, d: Draft, cues: Uint8Array, s0: number, e0: number, sink: Sink): void {
  const v = viewOver(ctx, s0 - REACH.back - 2, Math.min(e0, s0 + REACH.fwd) + 2);
  const p = ctx.para[s0]!;
  let floor = s0;
  // after "told", the rules have stepped over the addressee on purpose
  const addressee = d.info?.addressee === true && d.cue[1] < s0;
  // nor back across a dash, which sets off an aside or a dateline ("DOHA (Newswire) - Envoys met ..."), nor into
  // a dateline closed otherwise ("BONN, Germany (AP)_ A phony address ...")
  const dl = ctx.seg.dateline, top = dl && ctx.toks[s0]!.start >= dl.end ? dl.end : -1;
  while (!addressee && floor > 0 && floor > s0 - REACH.back && !blocked(ctx, d, cues, floor - 1, p) && !/[—–―]|\s-\s/.test(gapAfter(ctx, floor - 1)) && ctx.toks[floor - 1]!.start >= top) floor--;
  const side = atom(d.cue[1] < s0 ? 'after' : 'before'), frame = atom(d.frame), cls = atom(d.info?.cls ?? 'none');
  const lemma = atom(d.info?.lemma ?? 'none'), w0 = v.w[s0]!;
  // flags of the words a candidate start adds (before s0) or drops (after it), grown outward from s0
  for (const dir of [-1, 1]) {
    let flags = dir < 0 ? 0 : 1;
    const last = dir < 0 ? floor : Math.min(e0, s0 + REACH.fwd);
    for (let k = dir < 0 ? s0 - 1 : s0; dir < 0 ? k >= last : k <= last; k += dir) {
      if (dir < 0) flags |= v.flags[k]! << 1;
      else if (k > s0) flags |= v.flags[k - 1]! << 1;
      if (!v.word[k]) continue;
      sink.next(k);
      const dd = clip(k - s0, -REACH.back, 6), w = v.w[k]!, pw = k > 0 ? v.w[k - 1]! : A.START, g = k > 0 ? v.g[k - 1]! : A.P;
      const q = ctx.tq[k]! < 0 ? A.out : ctx.tq[k - 1] !== ctx.tq[k] ? A.open : A.in;
      const skip = k === s0 ? A.none : flagAtom(flags);
      sink.add(key(S.d!, dd)); sink.add(key(S.w!, w)); sink.add(key(S.p!, pw)); sink.add(key(S.g!, g));
      sink.add(key(S.wg!, w, g)); sink.add(key(S.pw!, pw, w)); sink.add(key(S.n!, v.w[k + 1] ?? A.END));
      sink.add(key(S.q!, q)); sink.add(key(S.skip!, skip)); sink.add(key(S['skip&w']!, skip, w));
      sink.add(key(S['w0&w']!, w0, w)); sink.add(key(S['w0&d']!, w0, dd)); sink.add(key(S['frame&d']!, frame, dd));
      sink.add(key(S['side&d']!, side, dd)); sink.add(key(S['cls&w']!, cls, w)); sink.add(key(S.cue1!, k === d.cue[1] + 1 ? A.T : A.F));
      sink.add(key(S['q&g']!, q, g)); sink.add(key(S['lemma&w']!, lemma, w));
      sink.add(key(S['lemma&p']!, lemma, pw)); sink.add(key(S['lemma&d']!, lemma, dd));
    }
  }
}

/** Candidate ends of the content [s0, e0] with their features. */
export function endCandidates(ctx: Ctx, d: Draft, cues: Uint8Array, s0: number, e0: number, sink: Sink): void {
  const { toks } = ctx;
  view(ctx, d.cue[0]);
  view(ctx, s0);
  const v = viewOver(ctx, Math.max(s0, e0 - REACH.trim) - 2, e0 + REACH.extend + 3);
  const p = ctx.para[s0]!;
  // "When X said A, B": a cue inside an opening subordinate clause; its content never runs into the main clause
  let u = ctx.us[d.cue[0]]!;
  while (u < d.cue[0] && !v.word[u]) u++;
  const sub = u < d.cue[0] && SUBORD.test(toks[u]!.normal) && ctx.tq[u]! < 0;
  let ceil = e0;
  while (!sub && ceil + 1 < toks.length && ceil < e0 + REACH.extend && !blocked(ctx, d, cues, ceil + 1, p)) ceil++;
  const side = atom(d.cue[1] < s0 ? 'after' : 'before'), frame = atom(d.frame), cls = atom(d.info?.cls ?? 'none');
  const lemma = atom(d.info?.lemma ?? 'none'), w0 = v.w[s0]!;
  // whether the content up to a candidate end holds a finite verb: a clause ends otherwise than an object does
  viewOver(ctx, s0, ceil);
  const firstFinite = (() => { for (let k = s0; k <= ceil; k++) if (v.flags[k]! & 2 && !(v.flags[k]! & 16 && k === s0)) return k; return Infinity; })();
  for (const dir of [1, -1]) {
    let flags = dir > 0 ? 0 : 1, n = 0;
    const last = dir > 0 ? ceil : Math.max(s0, e0 - REACH.trim);
    for (let k = dir > 0 ? e0 : e0 - 1; dir > 0 ? k <= last : k >= last; k += dir) {
      // the words between the rule's end and this one: added (after e0) or dropped (before it)
      if (dir < 0) { n++; flags |= v.flags[k + 1]! << 1; }
      else if (k > e0) { n++; flags |= v.flags[k]! << 1; }
      if (!v.word[k]) continue;
      sink.next(k);
      const dd = clip(k - e0, -8, 8), w = v.w[k]!, nw = v.w[k + 1] ?? A.END, g = v.g[k]!;
      const span = k === e0 ? A.none : flagAtom(flags);
      const len = n === 0 ? A.n0 : n < 3 ? A.s : n < 8 ? A.m : A.l;
      const qe = ctx.tq[k]! >= 0 && ctx.tq[k + 1] !== ctx.tq[k];
      sink.add(key(E.d!, dd)); sink.add(key(E.w!, w)); sink.add(key(E.n!, nw)); sink.add(key(E.n2!, v.w[k + 2] ?? A.END));
      sink.add(key(E.g!, g)); sink.add(key(E.gn!, g, nw)); sink.add(key(E.wg!, w, g));
      sink.add(key(E.ue!, ctx.ue[k] === k + 1 ? A.T : A.F)); sink.add(key(E.qe!, qe ? A.T : A.F));
      sink.add(key(E.span!, span)); sink.add(key(E['span&len']!, span, len)); sink.add(key(E['span&g']!, span, g));
      sink.add(key(E['w0&g']!, w0, g)); sink.add(key(E['frame&d']!, frame, dd)); sink.add(key(E['side&d']!, side, dd));
      sink.add(key(E.inq!, ctx.tq[k]! >= 0 ? A.T : A.F, qe ? A.T : A.F)); sink.add(key(E['cls&span']!, cls, span));
      const fin = k >= firstFinite ? A.T : A.F;
      sink.add(key(E['cls&n']!, cls, nw)); sink.add(key(E['fin&n']!, fin, nw)); sink.add(key(E['fin&g']!, fin, g));
      sink.add(key(E['lemma&n']!, lemma, nw)); sink.add(key(E['lemma&g']!, lemma, g));
      sink.add(key(E['lemma&w']!, lemma, w)); sink.add(key(E['frame&n']!, frame, nw));
    }
  }
}

/** A content grows over neither its own source and cue nor another claim's cue ("said A and vowed B"), and stays
 *  in its paragraph. */
export function blocked(ctx: Ctx, d: Draft, cues: Uint8Array, k: number, p: number): boolean {
  return cues[k] === 1 || (k >= d.cue[0] && k <= d.cue[1]) || (d.source !== null && k >= d.source[0] && k <= d.source[1]) || ctx.para[k] !== p;
}

const best = new Best();

/** The content span the model prefers for a single-range content, or the span itself; `cues` marks the tokens
 *  of every claim's cue. */
export function refine(ctx: Ctx, d: Draft, cues: Uint8Array, s: Span): Span {
  if (!model) return s;
  const r = tokensOf(ctx, s);
  if (!r) return s;
  startCandidates(ctx, d, cues, r[0], r[1], best.reset(model.start, r[0]));
  const a = best.close();
  endCandidates(ctx, d, cues, r[0], r[1], best.reset(model.end, r[1]));
  const b = best.close();
  if (a > b || (a === r[0] && b === r[1])) return s;
  // the rule's own edges keep their characters (a quote's closing punctuation), moved ones follow the tokens
  return { start: a === r[0] ? s.start : ctx.toks[a]!.start, end: b === r[1] ? s.end : ctx.toks[b]!.end };
}
