// Token features as integer keys (atom id * SLOTS + slot), so decoding does map lookups on small
// integers instead of building feature strings for every token. Atoms that depend only on a word's
// spelling are cached per spelling; the rest (compromise tags, gazetteer, context) are per token.
import type { Token } from '../types.js';
import { BY_STRING, NO_BIGRAM, type Bigrams } from './bigrams.js';
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
  frozen = false;
  constructor(readonly names: string[] = []) {}
  /** The vocabulary of a trained model, whose atoms are distinct: ids are positions in `names`. */
  static frozenFrom(names: string[]): Vocab {
    const v = new Vocab(names);
    for (let i = 0; i < names.length; i++) v.ids.set(names[i]!, i);
    v.frozen = true;
    return v;
  }
  id(a: string): number {
    const v = this.ids.get(a);
    if (v !== undefined) return v;
    if (this.frozen) return -1;
    this.ids.set(a, this.names.length);
    this.names.push(a);
    return this.names.length - 1;
  }
}

/** Ids of the atoms `prefix + part`, cached by part: once a part has been seen no string is built. */
class Atoms {
  private readonly ids = new Map<string | number, number>();
  constructor(private readonly vocab: Vocab, private readonly prefix: string) {}
  id(part: string | number): number {
    let id = this.ids.get(part);
    if (id === undefined) { id = this.vocab.id(this.prefix + part); this.ids.set(part, id); }
    return id;
  }
}

const PREFIXES = ['', 'p1:', 'p2:', 'p3:', 'p4:'];
const SUFFIXES = ['', 's1:', 's2:', 's3:', 's4:'];
const LEXICONS: ReadonlyArray<[string, ReadonlySet<string>]> = [['lx:title', TITLES], ['lx:orgsuf', ORG_SUFFIXES],
  ['lx:placesuf', PLACE_SUFFIXES], ['lx:particle', NAME_PARTICLES], ['lx:orgword', ORG_WORDS]];

// compromise tags worth showing at neighbouring positions (the token itself sees all of its tags).
const CTX_TAGS = new Set(['Person', 'Place', 'Organization', 'ProperNoun', 'FirstName', 'LastName',
  'Honorific', 'Acronym', 'Verb', 'Preposition', 'Determiner', 'Value', 'Date', 'Possessive', 'Country',
  'City', 'Region', 'Demonym', 'Adjective', 'Pronoun', 'Conjunction', 'Month', 'WeekDay']);

const TOPIC_TAGS = new Set(['Person', 'Place', 'Organization', 'City', 'Country', 'FirstName', 'LastName']);

/** What a compromise tag contributes, looked up once per tag name. */
interface TagInfo {
  id: number;
  /** shown at neighbouring positions too */
  ctx: boolean;
  topic: boolean;
  /** id of 'hlt:<tag>', looked up on first use in a headline */
  headline: number | undefined;
}

const BREAK = /[,;:()[\]{}"“”]/;

/** What decoding needs to know of one spelling (a token's text), computed once per spelling. */
export class Spelling {
  /**
   * Run time only: from `at`, per weight set, the summed scores of this spelling's own atoms, NL
   * labels for each of STATIC_SLOTS; filled lazily by the scorer (see scores.ts), kept with the
   * spelling cache.
   */
  scores: Float32Array | null = null;
  at = 0;
  /** bit k set when entry k of `scores` is filled */
  done = 0;
  /** training only: ids of the atoms 'bp:<this>|<next>' and 'bn:<this>|<next>', by the next spelling */
  pairs: Map<Spelling, [number, number]> | null = null;
  constructor(
    readonly self: number[],
    readonly ctx: number[],
    readonly word: number,
    readonly lower: string,
    readonly shape: string,
    readonly shapeId: number,
    /** shape class for transitions outside headlines (see sentence()) */
    readonly cls: number,
    readonly capitalised: boolean,
    /** number of the word in the model's bigrams (see Bigrams); unused while training */
    readonly bigram: number,
  ) {
    this.undotted = lower.includes('.') ? lower.replace(/\./g, '') : lower;
  }
  /** `lower` without its dots, as the gazetteer reads it */
  readonly undotted: string;
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
  /** atom string -> id for the small closed sets looked up on every token (punctuation, gazetteer, ...) */
  private readonly fixed = new Map<string, number>();
  private readonly tags = new Map<string, TagInfo>();
  private readonly lengthAtoms: Atoms;
  private readonly tableAtoms: Atoms;
  private readonly topicAtoms = new Map<string, Atoms>();
  // Bigram and shape-trigram atoms cached by (interned) parts, so the hot path builds no strings.
  private readonly shapes = new Map<string, number>();
  /** by shape id, the id of the atom 'sh:<shape>' */
  private readonly shapeAtoms: number[] = [];
  /** ids of affix atoms, per end and length (see affix()) */
  private readonly affixes = Array.from({ length: 8 }, () => new Map<number, number>());
  private readonly trigrams = new Map<number, number>();
  private readonly bos: Spelling;
  private readonly eos: Spelling;
  // The keys of the token being featurized, gathered here and copied out once it is done.
  private buf = new Int32Array(256);
  private len = 0;
  private rowOf: Int32Array | undefined;

  /** `bigrams`: a loaded model's (see Bigrams); without, bigram atoms are looked up as strings. */
  constructor(readonly vocab: Vocab, readonly gaz: Gazetteer, private readonly bigrams: Bigrams | null = null) {
    this.lengthAtoms = new Atoms(vocab, 'len:');
    this.tableAtoms = new Atoms(vocab, 'table:');
    this.shapes.set('<s>', 0);
    this.shapes.set('</s>', 1);
    const edge = (mark: string, shapeId: number): Spelling =>
      new Spelling([], [], -1, mark, mark, shapeId, 0, false, this.bigrams?.word(mark) ?? NO_BIGRAM);
    this.bos = edge('<s>', 0);
    this.eos = edge('</s>', 1);
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

  /** Id of the atom 'bp:a|b' (`before`) or 'bn:a|b'. */
  private bigram(a: Spelling, b: Spelling, before: boolean): number {
    const bg = this.bigrams;
    if (!bg || a.bigram === BY_STRING || b.bigram === BY_STRING) return this.pair(a, b)[before ? 0 : 1]!;
    return a.bigram < 0 || b.bigram < 0 ? -1 : bg.pair(a.bigram, b.bigram, before);
  }

  private trigram(a: Spelling, b: Spelling, c: Spelling): number {
    const cacheable = a.shapeId >= 0 && b.shapeId >= 0 && c.shapeId >= 0;
    const k = (a.shapeId * 4096 + b.shapeId) * 4096 + c.shapeId;
    let id = cacheable ? this.trigrams.get(k) : undefined;
    if (id === undefined) {
      id = this.vocab.id('s3:' + a.shape + '|' + b.shape + '|' + c.shape);
      if (cacheable && this.trigrams.size < 100_000) this.trigrams.set(k, id);
    }
    return id;
  }

  private fid(atom: string): number {
    let id = this.fixed.get(atom);
    if (id === undefined) { id = this.vocab.id(atom); this.fixed.set(atom, id); }
    return id;
  }

  private tagInfo(tag: string): TagInfo {
    let info = this.tags.get(tag);
    if (!info) {
      info = { id: this.vocab.id('t:' + tag), ctx: CTX_TAGS.has(tag), topic: TOPIC_TAGS.has(tag), headline: undefined };
      this.tags.set(tag, info);
    }
    return info;
  }

  private topic(topic: string): Atoms {
    let a = this.topicAtoms.get(topic);
    if (!a) { a = new Atoms(this.vocab, 'topic:' + topic + ':'); this.topicAtoms.set(topic, a); }
    return a;
  }

  /**
   * Id of the affix atom of `n` letters of `lower` from `from`: a prefix (`end` 0, 'p2:ab') or a
   * suffix (1, 's2:ab'). Those of ASCII letters are cached by their character codes, which makes
   * no string.
   */
  private affix(end: 0 | 1, n: number, lower: string, from: number): number {
    let code = 0;
    for (let i = from; i < from + n && code >= 0; i++) { const c = lower.charCodeAt(i); code = c < 128 ? code * 128 + c : -1; }
    const cache = this.affixes[end * 4 + n - 1]!;
    let id = code >= 0 ? cache.get(code) : undefined;
    if (id === undefined) {
      id = this.vocab.id((end ? SUFFIXES : PREFIXES)[n]! + lower.slice(from, from + n));
      if (code >= 0 && cache.size < 100_000) cache.set(code, id);
    }
    return id;
  }

  private spelling(text: string): Spelling {
    let sp = this.cache.get(text);
    if (sp) return sp;
    const base = baseText(text);
    const lower = base.toLowerCase();
    const sh = shapeOf(base);
    const v = this.vocab;
    // Shape ids key the trigram cache in 12 bits each; rarer shapes beyond that go uncached (-1).
    let shapeId = this.shapes.get(sh);
    if (shapeId === undefined) { shapeId = this.shapes.size < 4096 ? this.shapes.size : -1; if (shapeId >= 0) this.shapes.set(sh, shapeId); }
    // Looked up in the order the atoms are listed: while training that order numbers them.
    const word = v.id('w:' + lower);
    const ids = [word, v.id('W:' + base)];
    let shapeAtom = shapeId >= 0 ? this.shapeAtoms[shapeId] : undefined;
    if (shapeAtom === undefined) { shapeAtom = v.id('sh:' + sh); if (shapeId >= 0) this.shapeAtoms[shapeId] = shapeAtom; }
    ids.push(shapeAtom, this.lengthAtoms.id(Math.min(base.length, 8)));
    for (let n = 1; n <= 4 && n <= lower.length; n++) ids.push(this.affix(0, n, lower, 0), this.affix(1, n, lower, lower.length - n));
    if (base !== text) ids.push(v.id('poss'));
    if (base.includes('-')) ids.push(v.id('hyph'));
    if (base.includes('.')) ids.push(v.id('dot'));
    const self = ids.filter((id) => id >= 0);
    const ctx = [word, shapeAtom].filter((id) => id >= 0);
    for (const [atom, set] of LEXICONS) {
      if (!set.has(lower)) continue;
      const id = v.id(atom);
      if (id >= 0) { self.push(id); ctx.push(id); }
    }
    const capitalised = isCapitalised(base);
    const cls = !/[a-zA-Z\u00c0-\uffff]/.test(base) ? 0 : isAllCaps(base) ? 2 : capitalised ? 3 : 4;
    sp = new Spelling(self, ctx, word, lower, sh, shapeId, cls, capitalised, this.bigrams?.word(lower) ?? NO_BIGRAM);
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
    const n = extra.length;
    const ids: number[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      ids[i] = [];
      for (const a of extra[i]!) this.pushFixed(ids[i]!, a);
    }
    this.rowOf = rowOf;
    const keys: Int32Array[] = new Array(n);
    for (let i = 0; i < n; i++) {
      this.len = 0;
      this.putAll(ids[i]!, S_SELF);
      if (i > 0) this.putAll(ids[i - 1]!, S_P1);
      if (i + 1 < n) this.putAll(ids[i + 1]!, S_N1);
      if (i > 1) this.putAll(ids[i - 2]!, S_P2);
      if (i + 2 < n) this.putAll(ids[i + 2]!, S_N2);
      keys[i] = this.buf.slice(0, this.len);
    }
    return keys;
  }

  /** Adds a key, or with `rowOf` set its weight row, which keys the model lacks have not. */
  private put(key: number): void {
    let k = key;
    if (this.rowOf) { k = this.rowOf[key]!; if (!(k >= 0)) return; }
    if (this.len === this.buf.length) { const b = new Int32Array(this.len * 2); b.set(this.buf); this.buf = b; }
    this.buf[this.len++] = k;
  }

  private putId(id: number, slot: number): void {
    if (id >= 0) this.put(id * SLOTS + slot);
  }

  private putAll(ids: readonly number[], slot: number): void {
    for (let k = 0; k < ids.length; k++) this.put(ids[k]! * SLOTS + slot);
  }

  private pushFixed(ids: number[], atom: string): void {
    const id = this.fid(atom);
    if (id >= 0) ids.push(id);
  }

  /**
   * `rowOf` given: `keys` holds weight rows instead of keys.
   * `withSpelling` false leaves the spelling atoms (word, affixes, shape, lexicons) out of the keys:
   * at run time their scores come summed per spelling (see STATIC_SLOTS), the bulk of the work.
   */
  sentence(sent: Token[], headline: boolean, doc: DocInfo, withSpelling = true, rowOf?: Int32Array): SentFeats {
    const n = sent.length;
    const sps: Spelling[] = new Array(n);
    const lower: string[] = new Array(n);
    for (let i = 0; i < n; i++) { const sp = this.spelling(sent[i]!.text); sps[i] = sp; lower[i] = sp.lower; }
    const gz = gazetteerAtoms(this.gaz, sps.map((sp) => sp.undotted));
    // Per-token context atoms (ids), seen by the token and its neighbours.
    const ctxIds: number[][] = new Array(n);
    const own: number[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      const t = sent[i]!;
      const mine: number[] = [];
      const ids = withSpelling ? sps[i]!.ctx.slice() : [];
      for (const tag of t.tags) {
        const info = this.tagInfo(tag);
        if (info.id >= 0) { if (info.ctx) ids.push(info.id); else mine.push(info.id); }
        // compromise reads case: its guesses in an ALL-CAPS line deserve their own weights
        if (headline && info.topic) {
          if (info.headline === undefined) info.headline = this.vocab.id('hlt:' + tag);
          if (info.headline >= 0) mine.push(info.headline);
        }
      }
      for (const g of gz[i]!) this.pushFixed(ids, g);
      const post = t.post, pre = t.pre;
      if (post.length > 0 && post !== ' ') {
        if (/[,;:]/.test(post)) this.pushFixed(ids, 'post:,');
        if (/[.!?]/.test(post)) this.pushFixed(ids, 'post:.');
        if (post.includes(')')) this.pushFixed(ids, 'post:)');
        if (/[-–—]/.test(post)) this.pushFixed(ids, 'post:-');
        if (t.text.length === 1 && post.startsWith('.')) this.pushFixed(ids, 'initial');
      }
      if (pre.length > 0) {
        if (pre.includes('(')) this.pushFixed(ids, 'pre:(');
        if (/["“”]/.test(pre)) this.pushFixed(ids, 'pre:q');
      }
      const seen = doc.seen.get(lower[i]!) ?? 0;
      if (seen & 1) this.pushFixed(ids, 'doc:lower');
      if (seen & 2) this.pushFixed(ids, 'doc:cap');
      ctxIds[i] = ids;
      own[i] = mine;
    }
    const keys: Int32Array[] = new Array(n);
    const shapeClass = new Uint8Array(n);
    const brk = new Uint8Array(n);
    const bos = this.fid('BOS'), eos = this.fid('EOS'), bias = this.fid('bias'), first = this.fid('first');
    const hl = headline ? this.fid('headline') : -1;
    const topic = doc.topic ? this.topic(doc.topic) : null;
    // Results tables and listings ("Milan 3 Torino 1"): many numbers, few words. Their names are
    // mostly teams and companies, so capitalised words there get their own weights.
    let nums = 0;
    for (const sp of sps) if (sp.cls === 0) nums++;
    const table = n >= 3 && nums * 3 >= n;
    const context = (j: number, slot: number): void => {
      if (j < 0) this.putId(bos, slot);
      else if (j >= n) this.putId(eos, slot);
      else this.putAll(ctxIds[j]!, slot);
    };
    this.rowOf = rowOf;
    for (let i = 0; i < n; i++) {
      const t = sent[i]!;
      const sp = sps[i]!;
      this.len = 0;
      this.putId(bias, S_SELF);
      if (withSpelling) this.putAll(sp.self, headline ? S_HL : S_SELF);
      this.putAll(own[i]!, S_SELF);
      this.putAll(ctxIds[i]!, S_SELF);
      if (i === 0) this.putId(first, S_SELF);
      this.putId(hl, S_SELF);
      if (table) this.putId(this.tableAtoms.id(sp.cls), S_SELF);
      if (topic) {
        this.putId(topic.id(shapeClassOf(sp, headline)), S_SELF);
        // compromise's guess means something else in sports results than in politics
        for (const tag of t.tags) if (this.tagInfo(tag).topic) this.putId(topic.id(tag), S_SELF);
      }
      if (headline) this.putId(sp.word, S_SELF);
      context(i - 1, S_P1); context(i + 1, S_N1); context(i - 2, S_P2); context(i + 2, S_N2);
      // word bigrams either side and the shape trigram
      const prev = i > 0 ? sps[i - 1]! : this.bos, next = i + 1 < n ? sps[i + 1]! : this.eos;
      this.putId(this.bigram(prev, sp, true), S_BI);
      this.putId(this.bigram(sp, next, false), S_BI);
      this.putId(this.trigram(prev, sp, next), S_BI);
      keys[i] = this.buf.slice(0, this.len);
      if (BREAK.test(t.post) || (i + 1 < n && BREAK.test(sent[i + 1]!.pre))) brk[i] = 1;
      shapeClass[i] = shapeClassOf(sp, headline);
    }
    return withSpelling ? { keys, shapeClass, lower, brk } : { keys, shapeClass, lower, brk, spellings: sps };
  }
}
