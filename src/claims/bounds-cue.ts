// The cue's last word, chosen like the content's edges (bounds.ts). Annotators end a light verb's cue after
// what completes it ("held his fire on", "answered questions about", "tweeted on Friday to say"); which words
// those are is learned, among the words after the rules' cue: up to the content, or into a one-range content,
// which then starts after the cue.
import type { Draft } from './draft.js';
import type { Ctx } from './context.js';
import { A, Best, TEMPLATES, T, atom, clip, flagAtom, key, view, viewOver, type Sink } from './bounds-view.js';
import { blocked, tokensOf, weightsOf, wordAt } from './bounds.js';
import { WEEKDAY } from './cue.js';

const C = T(TEMPLATES.cue);
/** How far the cue may grow past the rules' last word, in tokens. */
const REACH = 8;

/** Candidate last words of the cue. `bound` is the first content token after the cue (or -1); `limit` the last
 *  token the cue may take: before a content that comes first or a quotation, inside a one-range content short
 *  of its last word (the content then starts after the cue). */
export function cueCandidates(ctx: Ctx, d: Draft, cues: Uint8Array, bound: number, limit: number, sink: Sink): void {
  const { toks } = ctx;
  const v = viewOver(ctx, d.cue[1] - 2, d.cue[1] + REACH + 3);
  if (bound >= 0) view(ctx, bound);
  const c1 = d.cue[1], p = ctx.para[c1]!, unitEnd = ctx.ue[c1]!;
  let hi = c1;
  // nor into a quotation the cue is not in ("said on Fox News’s “Fox and Friends”")
  while (hi + 1 < unitEnd && hi < c1 + REACH && hi + 1 <= limit && !blocked(ctx, d, cues, hi + 1, p) && ctx.tq[hi + 1] === ctx.tq[c1] && !outside(ctx, d, hi + 1)) hi++;
  const lemma = atom(d.info?.lemma ?? toks[d.cue[0]]!.normal), cls = atom(d.info?.cls ?? 'none'), frame = atom(d.frame);
  const side = atom(bound < 0 ? 'before' : 'after'), c0 = bound >= 0 ? v.w[bound]! : A.none;
  // the cue only grows: the words the rules keep in it (a bare weekday, the "by" before a source) are there on
  // purpose, and shrinking paid nothing on held-out documents
  let flags = 0;
  for (let k = c1; k <= hi; k++) {
    if (k > c1) flags |= v.flags[k]! << 1;
    if (!v.word[k]) continue;
    sink.next(k);
    // where the candidate stands against the content's first word: before it (negative), or inside it
    const rel = bound >= 0 ? clip(k - bound + 1, -4, 6) : A.none;
    const dd = clip(k - c1, 0, REACH), w = v.w[k]!, n = v.w[k + 1] ?? A.END, g = v.g[k]!;
    const span = k === c1 ? A.none : flagAtom(flags);
    sink.add(key(C.d!, dd)); sink.add(key(C.w!, w)); sink.add(key(C.n!, n)); sink.add(key(C.g!, g));
    sink.add(key(C.wg!, w, g)); sink.add(key(C.gn!, g, n)); sink.add(key(C.rel!, rel));
    sink.add(key(C['rel&n']!, rel, n)); sink.add(key(C['lemma&d']!, lemma, dd));
    sink.add(key(C['cls&d']!, cls, dd)); sink.add(key(C.span!, span)); sink.add(key(C['span&w']!, span, w));
    sink.add(key(C['frame&d']!, frame, dd)); sink.add(key(C['c0&d']!, c0, dd)); sink.add(key(C['side&d']!, side, dd));
    sink.add(key(C.p!, k > 0 ? v.w[k - 1]! : A.START));
  }
}

/** Month names ("may" left out: it is mostly the modal). */
const MONTH = /^(january|february|march|april|june|july|august|september|october|november|december)$/;

/**
 * Words the cue never takes, as annotators leave them out: the "by" that brings in a passive cue's source
 * ("was rejected | by the council") and a preposition that opens a time ("said in a statement | on Monday").
 */
function outside(ctx: Ctx, d: Draft, k: number): boolean {
  const t = ctx.toks[k]!, next = ctx.toks[k + 1];
  if (t.normal === 'by') return d.source !== null && d.source[0] === k + 1;
  return (t.normal === 'on' || t.normal === 'at') && next !== undefined && (WEEKDAY.test(next.normal) || MONTH.test(next.normal) || next.tags.includes('Date'));
}

const best = new Best();

/** The cue's last token as the model places it, or the rules' own. */
export function refineCue(ctx: Ctx, d: Draft, cues: Uint8Array, bound: number, limit: number): number {
  const w = weightsOf('cue');
  if (!w || w.size === 0 || d.cueChars) return d.cue[1];
  cueCandidates(ctx, d, cues, bound, limit, best.reset(w, d.cue[1]));
  return best.close();
}

/** The first token of the first content part after the cue (or -1 when the content comes before it), and the
 *  last token the cue may take. */
export function cueRoom(ctx: Ctx, d: Draft): { bound: number; limit: number } {
  let bound = -1;
  for (const c of d.content) {
    const k = wordAt(ctx, c.start);
    if (k > d.cue[1] && (bound < 0 || k < bound)) bound = k;
  }
  if (bound < 0) return { bound, limit: ctx.toks.length };
  const one = d.content.length === 1 && ctx.tq[bound]! < 0;
  const r = one ? tokensOf(ctx, d.content[0]!) : null;
  return { bound, limit: r ? r[1] - 1 : bound - 1 };
}

/** Moves a one-range content's start past a cue that has grown into it. */
export function afterCue(ctx: Ctx, d: Draft): void {
  if (d.content.length !== 1) return;
  const c = d.content[0]!;
  if (ctx.toks[d.cue[1]]!.end <= c.start) return;
  const k = wordAt(ctx, ctx.toks[d.cue[1]]!.end);
  if (k >= 0 && ctx.toks[k]!.start < c.end) d.content = [{ start: ctx.toks[k]!.start, end: c.end }];
}
