// Token features as integer keys (atom id * SLOTS + slot), so decoding does map lookups on small
// integers instead of building feature strings for every token. Atoms that depend only on a word's
// spelling are cached per spelling; the rest (compromise tags, gazetteer, context) are per token.
import type { Token } from '../types.js';
import { gazetteerAtoms, type Gazetteer } from './gazetteer.js';
import { NAME_PARTICLES, ORG_SUFFIXES, ORG_WORDS, PLACE_SUFFIXES, TITLES } from './lexicon.js';
import { baseText, isAllCaps, isCapitalised, shapeOf, type DocInfo } from './words.js';

export const SLOTS = 16;
export const S_SELF = 0, S_P1 = 1, S_N1 = 2, S_P2 = 3, S_N2 = 4, S_BI = 5, S_HL = 6;
/**
 * What a spelling contributes wherever it stands: [own token, own token in a headline, as the
 * word before, after, two before, two after]. Each entry lists (atom list, slot) pairs.
 */
export const STATIC_SLOTS: ReadonlyArray<ReadonlyArray<['self' | 'ctx', number]>> = [
  [['self', S_SELF], ['ctx', S_SELF]], [['self', S_HL], ['ctx', S_SELF]],
  [['ctx', S_P1]], [['ctx', S_N1]], [['ctx', S_P2]], [['ctx', S_N2]],
];

/** Atom strings to ids. Growable while training, frozen when a model is loaded. */
export class Vocab {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  frozen = false;
  id(a: string): number {
    const v = this.ids.get(a);
    if (v !== undefined) return v;
    if (this.frozen) return -1;
    this.ids.set(a, this.names.length);
    this.names.push(a);
    return this.names.length - 1;
  }
}

// compromise tags worth showing at neighbouring positions (the token itself sees all of its tags).
const CTX_TAGS = new Set(['Person', 'Place', 'Organization', 'ProperNoun', 'FirstName', 'LastName',
  'Honorific', 'Acronym', 'Verb', 'Preposition', 'Determiner', 'Value', 'Date', 'Possessive', 'Country',
  'City', 'Region', 'Demonym', 'Adjective', 'Pronoun', 'Conjunction', 'Month', 'WeekDay']);

const TOPIC_TAGS = new Set(['Person', 'Place', 'Organization', 'City', 'Country', 'FirstName', 'LastName']);

const BREAK = /[,;:()[\]{}"“”]/;

export interface Spelling {
  self: number[];
  ctx: number[];
  /**
   * Run time only: per weight set, the summed scores of this spelling's own atoms, NL labels for
   * each of STATIC_SLOTS; filled lazily by the scorer, kept with the spelling cache.
   */
  scores?: Float32Array[];
  /** per weight set, bit k set when entry k of `scores` is filled */
  done?: number[];
  /** ids of the atoms 'bp:<this>|<next>' and 'bn:<this>|<next>', by the next spelling */
  pairs?: Map<Spelling, [number, number]>;
  shapeId: number;
  word: number;
  lower: string;
  shape: string;
  /** shape class for transitions outside headlines (see sentence()) */
  cls: number;
  capitalised: boolean;
}

/** Everything about a sentence of tokens that decoding needs, computed once. */
export interface SentFeats {
  /** per token: static feature keys (without label history) */
  keys: Int32Array[];
  /** per token: shape-class id used in history conjunctions */
  shapeClass: Uint8Array;
  lower: string[];
  /** Set when the keys leave out the spelling atoms (the scorer adds their cached sums instead). */
  spellings?: Spelling[];
  /** brk[i] = 1: punctuation after token i that no name runs across (comma, bracket, quote). */
  brk: Uint8Array;
}

/** 0 no letters, 1 in a headline, 2 all capitals, 3 capitalised, 4 lower case. */
const shapeClassOf = (sp: Spelling, headline: boolean): number => (headline && sp.cls > 0 ? 1 : sp.cls);

export class Featurizer {
  private readonly cache = new Map<string, Spelling>();
  /** atom string -> id for the small closed sets looked up on every token (tags, punctuation, ...) */
  private readonly fixed = new Map<string, number>();
  // Bigram and shape-trigram atoms cached by (interned) parts, so the hot path builds no strings.
  private readonly shapes = new Map<string, number>();
  private readonly trigrams = new Map<number, number>();
  private readonly bos: Spelling;
  private readonly eos: Spelling;
  constructor(readonly vocab: Vocab, readonly gaz: Gazetteer) {
    this.shapes.set('<s>', 0);
    this.shapes.set('</s>', 1);
    this.bos = { self: [], ctx: [], word: -1, lower: '<s>', shape: '<s>', cls: 0, capitalised: false, shapeId: 0 };
    this.eos = { self: [], ctx: [], word: -1, lower: '</s>', shape: '</s>', cls: 0, capitalised: false, shapeId: 1 };
  }

  private pair(a: Spelling, b: Spelling): [number, number] {
    let m = a.pairs;
    if (!m) { m = new Map(); a.pairs = m; }
    let p = m.get(b);
    if (!p) {
      p = [this.vocab.id('bp:' + a.lower + '|' + b.lower), this.vocab.id('bn:' + a.lower + '|' + b.lower)];
      if (m.size < 64) m.set(b, p);
    }
    return p;
  }

  private trigram(a: Spelling, b: Spelling, c: Spelling): number {
    const cacheable = a.shapeId >= 0 && b.shapeId >= 0 && c.shapeId >= 0;
    const k = (a.shapeId * 4096 + b.shapeId) * 4096 + c.shapeId;
    let id = cacheable ? this.trigrams.get(k) : undefined;
    if (id === undefined || id < 0) {
      id = this.vocab.id('s3:' + a.shape + '|' + b.shape + '|' + c.shape);
      if (cacheable && this.trigrams.size < 100_000) this.trigrams.set(k, id);
    }
    return id;
  }

  private fid(atom: string): number {
    let id = this.fixed.get(atom);
    if (id === undefined || id < 0) { id = this.vocab.id(atom); this.fixed.set(atom, id); }
    return id;
  }

  private spelling(text: string): Spelling {
    let sp = this.cache.get(text);
    if (sp) return sp;
    const base = baseText(text);
    const lower = base.toLowerCase();
    const sh = shapeOf(base);
    const selfA: string[] = ['w:' + lower, 'W:' + base, 'sh:' + sh, 'len:' + Math.min(base.length, 8)];
    for (let n = 1; n <= 4 && n <= lower.length; n++) {
      selfA.push('p' + n + ':' + lower.slice(0, n), 's' + n + ':' + lower.slice(-n));
    }
    if (base !== text) selfA.push('poss');
    if (base.includes('-')) selfA.push('hyph');
    if (base.includes('.')) selfA.push('dot');
    if (TITLES.has(lower)) selfA.push('lx:title');
    if (ORG_SUFFIXES.has(lower)) selfA.push('lx:orgsuf');
    if (PLACE_SUFFIXES.has(lower)) selfA.push('lx:placesuf');
    if (NAME_PARTICLES.has(lower)) selfA.push('lx:particle');
    if (ORG_WORDS.has(lower)) selfA.push('lx:orgword');
    const ctxA: string[] = ['w:' + lower, 'sh:' + sh];
    for (const a of selfA) if (a.startsWith('lx:')) ctxA.push(a);
    const self: number[] = [], ctx: number[] = [];
    for (const a of selfA) { const id = this.vocab.id(a); if (id >= 0) self.push(id); }
    for (const a of ctxA) { const id = this.vocab.id(a); if (id >= 0) ctx.push(id); }
    const capitalised = isCapitalised(base);
    const cls = !/[a-zA-Z\u00c0-\uffff]/.test(base) ? 0 : isAllCaps(base) ? 2 : capitalised ? 3 : 4;
    // Shape ids key the trigram cache in 12 bits each; rarer shapes beyond that go uncached (-1).
    let shapeId = this.shapes.get(sh);
    if (shapeId === undefined) { shapeId = this.shapes.size < 4096 ? this.shapes.size : -1; if (shapeId >= 0) this.shapes.set(sh, shapeId); }
    sp = { self, ctx, word: this.vocab.id('w:' + lower), lower, shape: sh, cls, capitalised, shapeId };
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(text, sp);
    return sp;
  }

  capitalised(t: Token): boolean {
    return this.spelling(t.text).capitalised;
  }

  /**
   * Keys (or, given `rowOf`, weight rows) for additional atoms (the document-level features of
   * pass 2): atoms of token i are seen by the token itself and, as context, by its neighbours up to
   * two away.
   */
  extraKeys(extra: string[][], rowOf?: Int32Array): Int32Array[] {
    const ids = extra.map((as) => as.map((a) => this.fid(a)).filter((id) => id >= 0));
    const n = extra.length;
    return extra.map((_, i) => {
      const out: number[] = [];
      const put = (k: number): void => { if (!rowOf) out.push(k); else if (rowOf[k]! >= 0) out.push(rowOf[k]!); };
      const add = (j: number, slot: number): void => { if (j >= 0 && j < n) for (const id of ids[j]!) put(id * SLOTS + slot); };
      add(i, S_SELF); add(i - 1, S_P1); add(i + 1, S_N1); add(i - 2, S_P2); add(i + 2, S_N2);
      return Int32Array.from(out);
    });
  }

  /**
   * `rowOf` given: `keys` holds weight rows instead of keys.
   * `withSpelling` false leaves the spelling atoms (word, affixes, shape, lexicons) out of the keys:
   * at run time their scores come summed per spelling (see STATIC_SLOTS), the bulk of the work.
   */
  sentence(sent: Token[], headline: boolean, doc: DocInfo, withSpelling = true, rowOf?: Int32Array): SentFeats {
    const n = sent.length;
    const sps = sent.map((t) => this.spelling(t.text));
    const lower = sps.map((sp) => sp.lower);
    const gz = gazetteerAtoms(this.gaz, lower.map((l) => (l.includes('.') ? l.replace(/\./g, '') : l)));
    // Per-token context atoms (ids), seen by the token and its neighbours.
    const ctxIds: number[][] = [];
    const own: number[][] = [];
    for (let i = 0; i < n; i++) {
      const t = sent[i]!;
      const mine: number[] = [];
      const ids = withSpelling ? sps[i]!.ctx.slice() : [];
      const add = (a: string): void => { const id = this.fid(a); if (id >= 0) ids.push(id); };
      for (const tag of t.tags) {
        const id = this.fid('t:' + tag);
        if (id >= 0) { if (CTX_TAGS.has(tag)) ids.push(id); else mine.push(id); }
        // compromise reads case: its guesses in an ALL-CAPS line deserve their own weights
        if (headline && TOPIC_TAGS.has(tag)) { const hid = this.fid('hlt:' + tag); if (hid >= 0) mine.push(hid); }
      }
      for (const g of gz[i]!) add(g);
      const post = t.post, pre = t.pre;
      if (post.length > 0 && post !== ' ') {
        if (/[,;:]/.test(post)) add('post:,');
        if (/[.!?]/.test(post)) add('post:.');
        if (post.includes(')')) add('post:)');
        if (/[-–—]/.test(post)) add('post:-');
        if (t.text.length === 1 && post.startsWith('.')) add('initial');
      }
      if (pre.length > 0) {
        if (pre.includes('(')) add('pre:(');
        if (/["“”]/.test(pre)) add('pre:q');
      }
      const seen = doc.seen.get(lower[i]!) ?? 0;
      if (seen & 1) add('doc:lower');
      if (seen & 2) add('doc:cap');
      ctxIds.push(ids);
      own.push(mine);
    }
    const keys: Int32Array[] = [];
    const shapeClass = new Uint8Array(n);
    const brk = new Uint8Array(n);
    const bos = this.fid('BOS'), eos = this.fid('EOS'), bias = this.fid('bias'), first = this.fid('first');
    const hl = headline ? this.fid('headline') : -1;
    // Results tables and listings ("Milan 3 Torino 1"): many numbers, few words. Their names are
    // mostly teams and companies, so capitalised words there get their own weights.
    let nums = 0;
    for (const sp of sps) if (sp.cls === 0) nums++;
    const table = n >= 3 && nums * 3 >= n;
    for (let i = 0; i < n; i++) {
      const t = sent[i]!;
      const sp = sps[i]!;
      const out: number[] = [];
      // With a row table (run time) keys become weight rows here, skipping those the model lacks.
      const put = rowOf ? (k: number): void => { const r = rowOf[k]!; if (r >= 0) out.push(r); } : (k: number): void => { out.push(k); };
      if (bias >= 0) put(bias * SLOTS + S_SELF);
      if (withSpelling) for (const id of sp.self) put(id * SLOTS + (headline ? S_HL : S_SELF));
      for (const id of own[i]!) put(id * SLOTS + S_SELF);
      for (const id of ctxIds[i]!) put(id * SLOTS + S_SELF);
      if (i === 0 && first >= 0) put(first * SLOTS + S_SELF);
      if (hl >= 0) put(hl * SLOTS + S_SELF);
      if (table) { const id = this.fid('table:' + sp.cls); if (id >= 0) put(id * SLOTS + S_SELF); }
      if (doc.topic) {
        const id = this.fid('topic:' + doc.topic + ':' + shapeClassOf(sp, headline));
        if (id >= 0) put(id * SLOTS + S_SELF);
        // compromise's guess means something else in sports results than in politics
        for (const tag of t.tags) {
          if (!TOPIC_TAGS.has(tag)) continue;
          const tid = this.fid('topic:' + doc.topic + ':' + tag);
          if (tid >= 0) put(tid * SLOTS + S_SELF);
        }
      }
      if (headline && sp.word >= 0) put(sp.word * SLOTS + S_SELF);
      const push = (j: number, slot: number): void => {
        if (j < 0) { if (bos >= 0) put(bos * SLOTS + slot); return; }
        if (j >= n) { if (eos >= 0) put(eos * SLOTS + slot); return; }
        for (const id of ctxIds[j]!) put(id * SLOTS + slot);
      };
      push(i - 1, S_P1); push(i + 1, S_N1); push(i - 2, S_P2); push(i + 2, S_N2);
      // word bigrams either side and the shape trigram
      const prev = i > 0 ? sps[i - 1]! : this.bos, next = i + 1 < n ? sps[i + 1]! : this.eos;
      const bp = this.pair(prev, sp)[0], bn = this.pair(sp, next)[1], s3 = this.trigram(prev, sp, next);
      if (bp >= 0) put(bp * SLOTS + S_BI);
      if (bn >= 0) put(bn * SLOTS + S_BI);
      if (s3 >= 0) put(s3 * SLOTS + S_BI);
      keys.push(Int32Array.from(out));
      if (BREAK.test(t.post) || (i + 1 < n && BREAK.test(sent[i + 1]!.pre))) brk[i] = 1;
      shapeClass[i] = shapeClassOf(sp, headline);
    }
    return withSpelling ? { keys, shapeClass, lower, brk } : { keys, shapeClass, lower, brk, spellings: sps };
  }
}
