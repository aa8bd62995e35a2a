// Averaged structured perceptron over BILOU labels with first-order Viterbi decoding. Features arrive
// already resolved to weight rows (see features.ts), so scoring is plain array arithmetic.
import { SLOTS, type Vocab } from './features.js';

export const TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
const PREFIX = ['B', 'I', 'L', 'U'] as const;
export const LABELS: string[] = ['O'];
for (const t of TYPES) for (const p of PREFIX) LABELS.push(p + '-' + t);
export const NL = LABELS.length;
/** Shape classes that transitions are conditioned on (see Featurizer). */
export const SHAPES = 5;

export const labelType = (l: number): number => (l === 0 ? -1 : ((l - 1) >> 2));
export const labelPrefix = (l: number): number => (l === 0 ? -1 : ((l - 1) & 3));
export const makeLabel = (type: number, prefix: number): number => 1 + type * 4 + prefix;

/** Is `l` allowed after `prev` (-1 at sentence start), given whether an entity must close here? */
export function allowed(prev: number, l: number, last: boolean): boolean {
  const pp = prev <= 0 ? -1 : labelPrefix(prev);
  const open = pp === 0 || pp === 1; // B or I: an entity is open
  const p = labelPrefix(l);
  if (open) return (p === 1 || p === 2) && labelType(l) === labelType(prev) && (p === 2 || !last);
  if (p === 1 || p === 2) return false;
  return !(p === 0 && last);
}

// For each label and "must close", the previous labels it may follow, all in one array: visiting
// only these keeps the Viterbi inner loop at about a third of NL x NL. PREV_AT[l * 2 + last] is where
// those of (l, last) start, and START[l * 2 + last] says whether l may open a sentence.
const prevs: number[] = [];
const PREV_AT = new Int32Array(NL * 2 + 1);
const START = new Uint8Array(NL * 2);
for (let l = 0; l < NL; l++) for (const last of [0, 1]) {
  PREV_AT[l * 2 + last] = prevs.length;
  for (let p = 0; p < NL; p++) if (allowed(p, l, last === 1)) prevs.push(p);
  START[l * 2 + last] = allowed(-1, l, last === 1) ? 1 : 0;
}
PREV_AT[NL * 2] = prevs.length;
const PREV = Int8Array.from(prevs);

const flatTables = new WeakMap<Float64Array, Float64Array>();

/** Transition scores in the order of PREV, per shape class: the inner loop then reads them in a row. */
function flatTransitions(trans: Float64Array): Float64Array {
  let t = flatTables.get(trans);
  if (t) return t;
  t = new Float64Array(SHAPES * PREV.length);
  for (let sc = 0; sc < SHAPES; sc++) for (let lk = 0; lk < NL * 2; lk++) {
    const l = lk >> 1;
    for (let k = PREV_AT[lk]!; k < PREV_AT[lk + 1]!; k++) t[sc * PREV.length + k] = trans[((PREV[k]! + 1) * SHAPES + sc) * NL + l]!;
  }
  flatTables.set(trans, t);
  return t;
}

/** A sentence ready for scoring. */
export interface Seq {
  /** per token: weight rows of its features */
  rows: Int32Array[];
  shapeClass: Uint8Array;
  /** brk[i] = 1: no entity continues past token i */
  brk: Uint8Array;
}

/** Atom keys of the transition features; registered in the vocabulary like any other atom. */
export class History {
  readonly h1: number[] = [];
  readonly h1s: number[] = [];
  constructor(vocab: Vocab) {
    for (let a = -1; a < NL; a++) {
      const la = a < 0 ? 'S' : LABELS[a]!;
      this.h1.push(vocab.id('h1:' + la) * SLOTS);
      for (let s = 0; s < SHAPES; s++) this.h1s.push(vocab.id('h1s:' + la + '|' + s) * SLOTS);
    }
  }
  /** The same keys as weight rows (-1 when the model has none). */
  rows(rowOf: Map<number, number> | Int32Array): TransRows {
    const r = (k: number): number => (k < 0 ? -1 : (rowOf instanceof Map ? rowOf.get(k) : rowOf[k]) ?? -1);
    return { h1: Int32Array.from(this.h1, r), h1s: Int32Array.from(this.h1s, r) };
  }
}
export interface TransRows { h1: Int32Array; h1s: Int32Array }

/** Dense transition scores [prev+1][shape][l] for one weight vector, dense or sparse. */
export function transitionTable(w: Float32Array | Sparse, tr: TransRows): Float64Array {
  const at = (r: number, l: number): number => {
    if (r < 0) return 0;
    if (w instanceof Float32Array) return w[r * NL + l]!;
    for (let c = w.start[r]!; c < w.start[r + 1]!; c++) if (w.label[c] === l) return w.value[c]!;
    return 0;
  };
  const t = new Float64Array((NL + 1) * SHAPES * NL);
  for (let p = 0; p <= NL; p++) for (let s = 0; s < SHAPES; s++) {
    const o = (p * SHAPES + s) * NL, r1 = tr.h1[p]!, r2 = tr.h1s[p * SHAPES + s]!;
    for (let l = 0; l < NL; l++) t[o + l] = at(r1, l) + at(r2, l);
  }
  return t;
}

/** Per-token label scores from dense weights (training). */
export function emitDense(w: Float32Array, seq: Seq, extra?: Int32Array[]): Float64Array {
  const n = seq.rows.length;
  const e = new Float64Array(n * NL);
  const limit = w.length / NL;
  const add = (i: number, rs: Int32Array): void => {
    const o = i * NL;
    for (let k = 0; k < rs.length; k++) {
      const r = rs[k]!;
      if (r >= limit) continue;
      const ro = r * NL;
      for (let l = 0; l < NL; l++) e[o + l]! += w[ro + l]!;
    }
  };
  for (let i = 0; i < n; i++) { add(i, seq.rows[i]!); if (extra) add(i, extra[i]!); }
  return e;
}

/**
 * Weights by row, keeping only non-zero labels: a pruned row holds three or four of the 17 labels,
 * so scoring touches a fifth of what dense rows would.
 */
export interface Sparse { start: Int32Array; label: Uint8Array; value: Float32Array }

/** Per-token label scores from sparse weights (run time), added into `base` when given. */
export function emitSparse(sp: Sparse, seq: Seq, extra?: Int32Array[], base?: Float64Array): Float64Array {
  const n = seq.rows.length;
  const e = base ?? new Float64Array(n * NL);
  const { start, label, value } = sp;
  const add = (i: number, rs: Int32Array): void => {
    const o = i * NL;
    for (let k = 0; k < rs.length; k++) {
      const r = rs[k]!;
      for (let c = start[r]!, end = start[r + 1]!; c < end; c++) e[o + label[c]!]! += value[c]!;
    }
  };
  for (let i = 0; i < n; i++) { add(i, seq.rows[i]!); if (extra) add(i, extra[i]!); }
  return e;
}

let lattice = { score: new Float64Array(64 * NL), back: new Int8Array(64 * NL) };

/** Best label sequence under the BILOU constraints, from per-token scores `e` (n x NL). */
export function viterbi(e: Float64Array, trans: Float64Array, seq: Seq): Int8Array {
  const n = seq.rows.length;
  const out = new Int8Array(n);
  if (n === 0) return out;
  const flat = flatTransitions(trans);
  // Every cell is written before it is read, so the arrays of the last call serve as they are.
  if (lattice.score.length < n * NL) lattice = { score: new Float64Array(n * NL * 2), back: new Int8Array(n * NL * 2) };
  const { score, back } = lattice;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1 || seq.brk[i] === 1 ? 1 : 0;
    const sc = seq.shapeClass[i]!;
    const o = i * NL, po = o - NL, to = sc * PREV.length;
    for (let l = 0; l < NL; l++) {
      const em = e[o + l]!;
      if (i === 0) {
        score[l] = START[l * 2 + last] ? em + trans[sc * NL + l]! : -Infinity;
        continue;
      }
      let bs = -Infinity, bp = 0;
      for (let k = PREV_AT[l * 2 + last]!, end = PREV_AT[l * 2 + last + 1]!; k < end; k++) {
        const p = PREV[k]!;
        const v = score[po + p]! + flat[to + k]!;
        if (v > bs) { bs = v; bp = p; }
      }
      score[o + l] = bs + em;
      back[o + l] = bp;
    }
  }
  let bl = 0, bs = -Infinity;
  for (let l = 0; l < NL; l++) if (score[(n - 1) * NL + l]! > bs) { bs = score[(n - 1) * NL + l]!; bl = l; }
  for (let i = n - 1; i >= 0; i--) { out[i] = bl; bl = back[i * NL + bl]!; }
  return out;
}

/** Averaged perceptron training state over a fixed set of rows. */
export class Trainer {
  readonly w: Float32Array;
  private readonly acc: Float64Array;
  private readonly ts: Int32Array;
  private t = 1;
  constructor(nRows: number, private readonly tr: TransRows) {
    this.w = new Float32Array(nRows * NL);
    this.acc = new Float64Array(nRows * NL);
    this.ts = new Int32Array(nRows * NL);
  }
  private bump(r: number, l: number, d: number): void {
    if (r < 0) return;
    const k = r * NL + l;
    this.acc[k]! += (this.t - this.ts[k]!) * this.w[k]!;
    this.ts[k] = this.t;
    this.w[k]! += d;
  }
  /** Viterbi under the current weights, then gold minus predicted features where they differ. */
  trainSentence(seq: Seq, gold: Int8Array, extra?: Int32Array[]): number {
    const pred = viterbi(emitDense(this.w, seq, extra), transitionTable(this.w, this.tr), seq);
    let errors = 0;
    for (let i = 0; i < pred.length; i++) {
      const g = gold[i]!, p = pred[i]!;
      const gp = i > 0 ? gold[i - 1]! : -1, pp = i > 0 ? pred[i - 1]! : -1;
      if (g === p && gp === pp) continue;
      const sc = seq.shapeClass[i]!;
      if (g !== p) {
        errors++;
        for (const rs of extra ? [seq.rows[i]!, extra[i]!] : [seq.rows[i]!]) {
          for (let k = 0; k < rs.length; k++) { this.bump(rs[k]!, g, 1); this.bump(rs[k]!, p, -1); }
        }
      }
      this.bump(this.tr.h1[gp + 1]!, g, 1); this.bump(this.tr.h1[pp + 1]!, p, -1);
      this.bump(this.tr.h1s[(gp + 1) * SHAPES + sc]!, g, 1); this.bump(this.tr.h1s[(pp + 1) * SHAPES + sc]!, p, -1);
    }
    this.t++;
    return errors;
  }
  averaged(): Float32Array {
    const w = new Float32Array(this.w.length);
    for (let k = 0; k < w.length; k++) w[k] = (this.acc[k]! + (this.t - this.ts[k]!) * this.w[k]!) / this.t;
    return w;
  }
}
