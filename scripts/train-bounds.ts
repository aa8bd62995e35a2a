// Trains the boundary model (model/claims-bounds.json): averaged perceptrons choosing a content's first token
// and its last among the candidates src/claims/bounds.ts proposes around the rules' choice, then the cue's
// last token (src/claims/bounds-cue.ts) once the content is placed. Examples are the claims findClaims would
// output whose source and content overlap a gold attribution; the labels are the gold content's first and
// last word (one-range contents only) and the gold cue's last word (when it starts where ours does).
// Deterministic: fixed document order, and fixed seeds for the shuffled orders of --bags.
// usage: node dist/scripts/train-bounds.js [TRAIN.jsonl] [--cache DIR] [--epochs N] [--bags N] [--min-count N] [--drop T,T] [--no-cue] [--holdout [--fold K]]
// --holdout trains on four fifths of the documents and reports the scores on the rest (no model is written).
// Only weights leave this script: no text or span from the corpus is written to the project.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { frags, readGold, segmented, trainerArgs } from './polnear.js';
import { draftClaims, findClaims, ALWAYS } from '../src/claims/index.js';
import { score, threshold } from '../src/claims/confidence.js';
import { startCandidates, endCandidates, tokensOf, setBoundsModel, refine, featureName, type BoundsWeights, type Sink } from '../src/claims/bounds.js';
import { cueCandidates, cueRoom } from '../src/claims/bounds-cue.js';
import type { Draft } from '../src/claims/draft.js';
import type { Ctx } from '../src/claims/context.js';
import type { Segmented } from '../src/types.js';

const { args, opt, root, file, cache, holdout, held } = trainerArgs();
const epochs = Number(opt('--epochs') ?? 2);
// perceptrons trained on this many orders of the examples (the first as read, the others shuffled by fixed
// seeds) and averaged: one order's model moves with every small change to the drafts
const bags = Number(opt('--bags') ?? 5);
if (!Number.isInteger(bags) || bags < 1) throw new Error(`--bags must be a whole number from 1, not ${opt('--bags')}`);
const minCount = Number(opt('--min-count') ?? 3);
const drop = new Set((opt('--drop') ?? '').split(',').filter(Boolean));

const scorer = createRequire(import.meta.url)(path.resolve(root, '../shared/eval/attribution-score.cjs')) as {
  scoreFiles: (g: unknown[], p: unknown[]) => { summary: any };
  tokenIndex: (t: string) => unknown;
  tokSet: (s: unknown, ti: unknown) => Set<number | string>;
};

const inter = (a: Set<unknown>, b: Set<unknown>) => { let n = 0; for (const x of a) if (b.has(x)) n++; return n; };
const same = (a: Set<unknown>, b: Set<unknown>) => a.size === b.size && inter(a, b) === a.size;

interface Task { feats: number[][]; cands: number[]; gold: number; rule: number }
class Collect implements Sink {
  cands: number[] = [];
  feats: number[][] = [];
  next(c: number): void { this.cands.push(c); this.feats.push([]); }
  add(f: number): void { this.feats[this.feats.length - 1]!.push(f); }
}
const ex: { doc: number; start: Task | null; end: Task | null }[] = [];
const segs: Segmented[] = [];
const cueItems: { doc: number; ctx: Ctx; d: Draft; cues: Uint8Array; gold: number }[] = [];
const docs = readGold(file);
let matched = 0, oneRange = 0, reachS = 0, reachE = 0;
for (const [doc, g] of docs.entries()) {
  const seg = segmented(g, cache);
  segs.push(seg);
  const ti = scorer.tokenIndex(g.text);
  const gold = g.attributions.map((a) => ({ content: scorer.tokSet(a.content, ti), source: scorer.tokSet(a.source, ti), cue: scorer.tokSet(a.cue, ti), one: frags(a.content).length === 1, raw: a }));
  const { ctx, drafts } = draftClaims(seg);
  const toks = ctx.toks;
  const out = drafts.filter(({ d, feats }) => score(feats) >= threshold || ALWAYS.has(d.frame));
  const cues = new Uint8Array(toks.length);
  for (const { d } of out) for (let k = d.cue[0]; k <= d.cue[1]; k++) cues[k] = 1;
  for (const { d } of out) {
    const pc = new Set<number | string>();
    for (const c of d.content) for (const x of scorer.tokSet([c.start, c.end], ti)) pc.add(x);
    const ps = d.source ? scorer.tokSet([toks[d.source[0]]!.start, toks[d.source[1]]!.end], ti) : new Set();
    let top = -1, topN = 0;
    gold.forEach((a, j) => {
      const n = inter(pc, a.content);
      if (n > topN && (!a.source.size || inter(ps, a.source))) { top = j; topN = n; }
    });
    if (top < 0) continue;
    matched++;
    const a = gold[top]!;
    const gc = frags(a.raw.cue);
    if (gc.length === 1 && !d.cueChars) {
      const r = tokensOf(ctx, { start: gc[0]![0]!, end: gc[0]![1]! });
      if (r && r[0] === d.cue[0] && same(scorer.tokSet([toks[r[0]]!.start, toks[r[1]]!.end], ti), a.cue)) cueItems.push({ doc, ctx, d, cues, gold: r[1] });
    }
    if (!a.one || d.content.length !== 1) continue;
    const c = d.content[0]!;
    oneRange++;
    const r = tokensOf(ctx, c);
    const [gs, ge] = frags(a.raw.content)[0]!;
    const gr = tokensOf(ctx, { start: gs!, end: ge! });
    if (!r || !gr) continue;
    // the gold words must be exactly what the chosen tokens cover
    if (!same(scorer.tokSet([toks[gr[0]]!.start, toks[gr[1]]!.end], ti), a.content)) continue;
    const cs = new Collect(), ce = new Collect();
    startCandidates(ctx, d, cues, r[0], r[1], cs);
    endCandidates(ctx, d, cues, r[0], r[1], ce);
    const si = cs.cands.indexOf(gr[0]), ei = ce.cands.indexOf(gr[1]);
    if (si >= 0) reachS++;
    if (ei >= 0) reachE++;
    ex.push({
      doc,
      start: si >= 0 ? { feats: cs.feats, cands: cs.cands, gold: si, rule: cs.cands.indexOf(r[0]) } : null,
      end: ei >= 0 ? { feats: ce.feats, cands: ce.cands, gold: ei, rule: ce.cands.indexOf(r[1]) } : null,
    });
  }
}
console.log(`matched drafts ${matched}, one-range gold ${oneRange}, start reachable ${reachS}, end reachable ${reachE}`);

/** A fixed permutation of 0..n-1 for `seed` (mulberry32); seed 0 keeps the order. */
function order(n: number, seed: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  let a = seed;
  const rand = () => { a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  if (seed !== 0) for (let i = n - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [idx[i], idx[j]] = [idx[j]!, idx[i]!]; }
  return idx;
}

/** The mean of perceptrons trained on `bags` orders of the examples. */
function train(which: 'start' | 'end' | 'cue', all: Task[]): Map<number, number> {
  const sum = new Map<number, number>();
  // each perceptron's weights unrounded: small ones are dropped once, from the mean
  for (let b = 0; b < bags; b++) for (const [f, v] of trainOnce(which, order(all.length, b).map((i) => all[i]!))) sum.set(f, (sum.get(f) ?? 0) + v);
  const out = new Map<number, number>();
  for (const [f, v] of sum) if (Math.abs(v / bags) >= 0.005) out.set(f, Math.round((v / bags) * 1000) / 1000);
  return out;
}

/** Averaged perceptron over candidate lists; ties go to the rule's candidate as at run time. */
function trainOnce(which: 'start' | 'end' | 'cue', all: Task[]): Map<number, number> {
  // features seen in too few candidate lists only memorise; templates named in --drop are left out
  const seen = new Map<number, number>();
  for (const x of all) for (const f of new Set(x.feats.flat())) seen.set(f, (seen.get(f) ?? 0) + 1);
  const ok = (f: number) => (seen.get(f) ?? 0) >= minCount && !drop.has(featureName(which, f).split('|')[0]!);
  const tasks = all.map((x) => ({ ...x, feats: x.feats.map((fs) => fs.filter(ok)) }));
  const w = new Map<number, number>(), total = new Map<number, number>(), stamp = new Map<number, number>();
  let t = 0;
  const bump = (f: number, by: number) => {
    const v = w.get(f) ?? 0;
    total.set(f, (total.get(f) ?? 0) + v * (t - (stamp.get(f) ?? 0)));
    stamp.set(f, t);
    w.set(f, v + by);
  };
  for (let ep = 0; ep < epochs; ep++) {
    let wrong = 0;
    for (const x of tasks) {
      t++;
      const p = argmax(x, (f) => w.get(f) ?? 0);
      if (p === x.gold) continue;
      wrong++;
      for (const f of x.feats[x.gold]!) bump(f, 1);
      for (const f of x.feats[p]!) bump(f, -1);
    }
    if (ep === epochs - 1) console.log(`  last epoch: ${wrong} of ${tasks.length} wrong`);
  }
  const out = new Map<number, number>();
  for (const [f, v] of w) out.set(f, (total.get(f)! + v * (t - stamp.get(f)!)) / t);
  return out;
}

function argmax(x: Task, wt: (f: number) => number): number {
  let top = x.rule, topZ = -Infinity;
  x.feats.forEach((fs, n) => {
    let z = 0;
    for (const f of fs) z += wt(f);
    if (z > topZ || (z === topZ && n === x.rule)) { top = n; topZ = z; }
  });
  return top;
}

const trainPart = ex.filter((e) => !held(e.doc));
const model = {
  start: train('start', trainPart.flatMap((e) => (e.start ? [e.start] : []))),
  end: train('end', trainPart.flatMap((e) => (e.end ? [e.end] : []))),
};
const named = (which: 'start' | 'end' | 'cue', m: Map<number, number>): Record<string, number> =>
  Object.fromEntries([...m].map(([f, v]) => [featureName(which, f), v] as [string, number]).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
const weights: BoundsWeights = { start: named('start', model.start), end: named('end', model.end) };

// the cue's end is chosen once the content is placed: its candidates stop before the content
setBoundsModel(weights);
const cueTasks: { doc: number; task: Task }[] = [];
for (const x of cueItems) {
  const content = x.d.content.length === 1 ? [refine(x.ctx, x.d, x.cues, x.d.content[0]!)] : x.d.content;
  const room = cueRoom(x.ctx, { ...x.d, content });
  const c = new Collect();
  cueCandidates(x.ctx, x.d, x.cues, room.bound, room.limit, c);
  const gi = c.cands.indexOf(x.gold);
  if (gi >= 0) cueTasks.push({ doc: x.doc, task: { feats: c.feats, cands: c.cands, gold: gi, rule: c.cands.indexOf(x.d.cue[1]) } });
}
console.log(`cue examples ${cueItems.length}, reachable ${cueTasks.length}`);
const cueModel = train('cue', cueTasks.filter((e) => !held(e.doc)).map((e) => e.task));
if (!args.includes('--no-cue')) weights.cue = named('cue', cueModel);
{
  const xs = cueTasks.filter((e) => !holdout || held(e.doc)).map((e) => e.task);
  const rule = xs.filter((x) => x.rule === x.gold).length;
  const learned = xs.filter((x) => argmax(x, (f) => cueModel.get(f) ?? 0) === x.gold).length;
  console.log(`cue end: rule ${(100 * rule / xs.length).toFixed(1)}% -> model ${(100 * learned / xs.length).toFixed(1)}% of ${xs.length}`);
}

// exact boundary accuracy on the part not trained on (all of train without --holdout)
const evalPart = holdout ? ex.filter((e) => held(e.doc)) : ex;
for (const k of ['start', 'end'] as const) {
  const xs = evalPart.flatMap((e) => (e[k] ? [e[k]!] : []));
  const rule = xs.filter((x) => x.rule === x.gold).length;
  const learned = xs.filter((x) => argmax(x, (f) => model[k].get(f) ?? 0) === x.gold).length;
  console.log(`${k}: rule ${(100 * rule / xs.length).toFixed(1)}% -> model ${(100 * learned / xs.length).toFixed(1)}% of ${xs.length}`);
}

// content exact F1 as the scorer counts it, on the documents not trained on
const part = (d: number) => !holdout || held(d);
const pct = (x: number) => (100 * x).toFixed(1);
for (const [name, m] of [['rules', null], ['model', weights]] as const) {
  setBoundsModel(m);
  const preds = docs.map((g, d) => ({
    id: g.id,
    attributions: part(d) ? findClaims(segs[d]!, []).map((c) => ({ source: c.source.end > c.source.start ? [c.source.start, c.source.end] : null, cue: [c.cue.start, c.cue.end], content: [c.content.start, c.content.end] })) : [],
  }));
  const s = scorer.scoreFiles(docs.filter((_, d) => part(d)), preds.filter((_, d) => part(d))).summary;
  console.log(`${holdout ? 'held-out fifth' : 'train'} with ${name}: found=${pct(s.attribution.found.f1)} source=${pct(s.roles.source.exact.f1)} cue=${pct(s.roles.cue.exact.f1)} content=${pct(s.roles.content.exact.f1)} contentLenient=${pct(s.roles.content.lenient.f1)}`);
}
if (holdout) process.exit(0);

fs.mkdirSync(path.join(root, 'model'), { recursive: true });
fs.writeFileSync(path.join(root, 'model/claims-bounds.json'), JSON.stringify({
  about: 'Averaged-perceptron weights choosing the first and last token of a claim\'s content (src/claims/bounds.ts) and the last token of its cue (src/claims/bounds-cue.ts), trained by scripts/train-bounds.ts on PolNeAR train (Newell, Margolin & Ruths, LREC 2018). Weights only; no corpus text.',
  ...weights,
}) + '\n');
console.log(`wrote model/claims-bounds.json: ${model.start.size} start, ${model.end.size} end and ${cueModel.size} cue weights`);
