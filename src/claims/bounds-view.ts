// What the boundary models (bounds.ts, bounds-cue.ts) read of each token, computed once per document; the
// interned atoms their features are made of, and how candidates are scored.
import type { Token } from '../types.js';
import { has, gapAfter, type Ctx } from './context.js';
import { cueInfo } from './lexicon.js';

const ids = new Map<string, number>();
const names: string[] = [''];
/** A small number for a feature value; 0 means none. */
export function atom(s: string): number {
  let id = ids.get(s);
  if (id === undefined) { id = names.length; names.push(s); ids.set(s, id); }
  return id;
}
export function atomName(id: number): string { return names[id] ?? ''; }

const DIST = new Map<number, number>();
/** A signed distance in tokens, with everything beyond [lo, hi] pooled. The cache is keyed by the range too:
 *  the same distance is "-5" in [-8, 8] and "lo" in [-4, 6]. */
export function clip(d: number, lo: number, hi: number): number {
  const c = d < lo ? lo - 1 : d > hi ? hi + 1 : d;
  const k = ((c + 128) << 16) | ((lo + 128) << 8) | (hi + 128);
  let id = DIST.get(k);
  if (id === undefined) { id = atom(d < lo ? 'lo' : d > hi ? 'hi' : String(d)); DIST.set(k, id); }
  return id;
}

const FLAG_BITS = ['drop', ',', 'V', 'Q', 'that', 'C', 'U', 'D'];
const FLAGS: number[] = [];
/** The words a move adds or drops, summarised: direction and which of FLAG_BITS they hold. */
export function flagAtom(mask: number): number {
  let id = FLAGS[mask];
  if (id === undefined) {
    id = atom('f:' + (mask & 1 ? 'drop' : 'add') + FLAG_BITS.slice(1).filter((_, i) => mask & (2 << i)).join(''));
    FLAGS[mask] = id;
  }
  return id;
}

const CLOSED = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Modal', 'Copula', 'Auxiliary', 'QuestionWord', 'Negative'];

/** A word's class: closed-class words by themselves, cue verbs by their class, the rest by tag. */
function wordClass(t: Token): string {
  if (t.text === '') return 'EMPTY';
  for (const c of CLOSED) if (t.tags.includes(c)) return t.normal.length <= 12 ? t.normal : c;
  if (has(t, 'Verb')) {
    const c = cueInfo(t.normal);
    if (c) return 'CUE:' + c.cls;
    return has(t, 'Gerund') ? 'VBG' : has(t, 'PastTense') ? 'VBD' : has(t, 'Infinitive') ? 'VB' : has(t, 'Participle') ? 'VBN' : 'V';
  }
  if (has(t, 'Date')) return 'DATE';
  if (has(t, 'Value')) return 'NUM';
  if (has(t, 'Person')) return 'PER';
  if (has(t, 'ProperNoun')) return 'NNP';
  if (has(t, 'Adjective')) return 'JJ';
  if (has(t, 'Adverb')) return 'RB';
  if (has(t, 'Noun')) return 'NN';
  return 'X';
}

const QUOTE = /[“”"«»]/, APOS = /[‘’']/, DASH = /[—―–]/, PUNCT = /[,.;:()!?-]/;
/** Punctuation between token k and the next, reduced to a few classes; P for a paragraph break. */
function gapClass(ctx: Ctx, k: number): string {
  if (k + 1 >= ctx.toks.length || ctx.para[k + 1] !== ctx.para[k]) return 'P';
  let out = '';
  for (const ch of gapAfter(ctx, k)) {
    const c = QUOTE.test(ch) ? 'Q' : APOS.test(ch) ? 'q' : DASH.test(ch) ? 'D' : PUNCT.test(ch) ? ch : '';
    if (c && out[out.length - 1] !== c) out += c;
  }
  return out.slice(0, 3) || '_';
}

export interface View {
  /** Word class and gap class (after the token) as atoms. */
  w: number[];
  g: number[];
  /** 1 for a token holding a letter or digit. */
  word: Uint8Array;
  /** Bits, in FLAG_BITS order after the direction: comma before it, finite verb, in a quote, "that", cue verb,
   *  a unit starting at it, a dash, semicolon or parenthesis before it. */
  flags: Uint8Array;
  /** 1 for a token whose entries are filled in: only the paragraphs that hold a claim are read. */
  ready: Uint8Array;
  /** The paragraphs filled in (with two tokens either side). */
  paras: Set<number>;
}

/** Whether a token holds a letter or digit. */
export const holdsWord = (t: Token): boolean => t.text !== '' && /[\p{L}\p{N}]/u.test(t.text);

const views = new WeakMap<Ctx, View>();

/** The document's view, filled in for the paragraph of token `near` (and two tokens either side of it, which
 *  the features look at across its edges). */
export function view(ctx: Ctx, near: number): View {
  let v = views.get(ctx);
  const n = ctx.toks.length;
  if (!v) {
    v = { w: new Array<number>(n).fill(0), g: new Array<number>(n).fill(0), word: new Uint8Array(n), flags: new Uint8Array(n), ready: new Uint8Array(n), paras: new Set() };
    views.set(ctx, v);
  }
  if (near < 0 || near >= n || v.paras.has(ctx.para[near]!)) return v;
  const p = ctx.para[near]!;
  v.paras.add(p);
  let a = near, b = near;
  while (a > 0 && ctx.para[a - 1] === p) a--;
  while (b + 1 < n && ctx.para[b + 1] === p) b++;
  for (let k = Math.max(0, a - 2); k <= Math.min(n - 1, b + 2); k++) if (!v.ready[k]) fill(ctx, v, k);
  return v;
}

/** The view filled in over tokens [a, b], whatever paragraphs they fall in. */
export function viewOver(ctx: Ctx, a: number, b: number): View {
  let v = view(ctx, -1);
  for (let k = Math.max(0, a); k <= Math.min(ctx.toks.length - 1, b);) {
    const p = ctx.para[k];
    v = view(ctx, k);
    while (k <= b && ctx.para[k] === p) k++;
  }
  return v;
}

function fill(ctx: Ctx, v: View, k: number): void {
  const t = ctx.toks[k]!;
  const wc = wordClass(t);
  v.w[k] = atom(wc);
  v.g[k] = atom(gapClass(ctx, k));
  v.word[k] = holdsWord(t) ? 1 : 0;
  const before = k > 0 ? gapClass(ctx, k - 1) : 'P';
  v.flags[k] = (before.includes(',') ? 1 : 0)
    | (has(t, 'Verb') && !has(t, 'Gerund') && !has(t, 'Participle') ? 2 : 0)
    | (ctx.tq[k]! >= 0 ? 4 : 0)
    | (t.normal === 'that' ? 8 : 0)
    | (wc.startsWith('CUE:') ? 16 : 0)
    | (k > 0 && ctx.us[k] === k ? 32 : 0)
    | (/[D;(]/.test(before) ? 64 : 0);
  v.ready[k] = 1;
}

// Features are numbers (template, atom, atom) so that scoring a candidate builds no string.
export const TEMPLATES = {
  start: ['d', 'w', 'p', 'g', 'wg', 'pw', 'n', 'q', 'skip', 'skip&w', 'w0&w', 'w0&d', 'frame&d', 'side&d', 'cls&w', 'cue1', 'q&g', 'lemma&w', 'lemma&p', 'lemma&d'],
  end: ['d', 'w', 'n', 'n2', 'g', 'gn', 'wg', 'ue', 'qe', 'span', 'span&len', 'span&g', 'w0&g', 'frame&d', 'side&d', 'inq', 'cls&span', 'cls&n', 'fin&n', 'fin&g', 'lemma&n', 'lemma&g', 'lemma&w', 'frame&n'],
  cue: ['d', 'w', 'n', 'g', 'wg', 'gn', 'rel', 'rel&n', 'lemma&d', 'cls&d', 'span', 'span&w', 'frame&d', 'c0&d', 'side&d', 'p'],
};
export type Which = keyof typeof TEMPLATES;
export const T = (names: string[]) => Object.fromEntries(names.map((n, i) => [n, i])) as Record<string, number>;
// small integers (template 5 bits, two atoms of 12 bits) hash fastest; the few atoms past 4095 share one slot
export const key = (t: number, a: number, b = 0) => (t << 24) | (Math.min(a, 4095) << 12) | Math.min(b, 4095);

export const A = {
  END: atom('END'), P: atom('P'), START: atom('START'), none: atom('none'), T: atom('T'), F: atom('F'),
  out: atom('out'), open: atom('open'), in: atom('in'), n0: atom('0'), s: atom('s'), m: atom('m'), l: atom('l'),
};

/** Where a candidate's features go: collected for training, or summed against weights at run time. */
export interface Sink { next(cand: number): void; add(f: number): void }

export function toMap(which: Which, w: Record<string, number>): Map<number, number> {
  const m = new Map<number, number>();
  const ix = T(TEMPLATES[which]);
  for (const [name, v] of Object.entries(w)) {
    const [t, a, b] = name.split('|');
    if (ix[t!] === undefined) continue;
    m.set(key(ix[t!]!, atom(a!), b ? atom(b) : 0), v);
  }
  return m;
}
export function featureName(which: Which, f: number): string {
  const t = f >>> 24, a = (f >>> 12) & 4095, b = f & 4095;
  return `${TEMPLATES[which][t]}|${atomName(a)}${b ? '|' + atomName(b) : ''}`;
}

/**
 * A model's weights as an open-addressing table: every feature of every candidate is looked up, and a
 * probe of two typed arrays is several times faster than Map.get. Keys are key()'s, never negative;
 * -1 marks an empty slot.
 */
class Table {
  private readonly keys: Int32Array;
  private readonly values: Float64Array;
  private readonly shift: number;
  private readonly mask: number;
  constructor(w: Map<number, number>) {
    let bits = 4;
    while (1 << bits < w.size * 2) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.values = new Float64Array(1 << bits);
    for (const [k, v] of w) {
      let i = this.home(k);
      while (this.keys[i] !== -1) i = (i + 1) & this.mask;
      this.keys[i] = k;
      this.values[i] = v;
    }
  }
  private home(k: number): number {
    return Math.imul(k, 0x9e3779b1) >>> this.shift;
  }
  get(k: number): number {
    for (let i = this.home(k); ; i = (i + 1) & this.mask) {
      const x = this.keys[i]!;
      if (x === k) return this.values[i]!;
      if (x === -1) return 0;
    }
  }
}
const tables = new WeakMap<Map<number, number>, Table>();
function tableOf(w: Map<number, number>): Table {
  let t = tables.get(w);
  if (!t) { t = new Table(w); tables.set(w, t); }
  return t;
}

/** Keeps the best-scoring candidate; ties go to the rule's choice. */
export class Best implements Sink {
  private w = tableOf(new Map());
  rule = -1;
  top = -1;
  private topZ = -Infinity;
  private cand = -1;
  private z = 0;
  reset(w: Map<number, number>, rule: number): this { this.w = tableOf(w); this.rule = rule; this.top = rule; this.topZ = -Infinity; this.cand = -1; this.z = 0; return this; }
  next(cand: number): void { this.close(); this.cand = cand; this.z = 0; }
  add(f: number): void { this.z += this.w.get(f); }
  close(): number {
    if (this.cand >= 0 && (this.z > this.topZ || (this.z === this.topZ && this.cand === this.rule))) { this.top = this.cand; this.topZ = this.z; }
    this.cand = -1;
    return this.top;
  }
}
