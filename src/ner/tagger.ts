// Two-pass document labelling. Pass 1 labels each sentence from local evidence; pass 2 sees, for
// every word, how pass 1 labelled the same word elsewhere in the document (a name is usually written
// in full once and then repeated, often in a less telling context or an ALL-CAPS headline).
import type { Segmented, Token } from '../types.js';
import { Featurizer, type SentFeats } from './features.js';
import { emitSparse, labelPrefix, labelType, TYPES, viterbi, type Seq, type Sparse } from './perceptron.js';
import { spellingBase } from './scores.js';
import { docInfo, isHeadline, type DocInfo } from './words.js';

export interface Doc {
  sents: Token[][];
  headline: boolean[];
  info: DocInfo;
}

/** Sentences of real tokens: compromise adds zero-width terms for expanded contractions. */
export function prepare(seg: Segmented): Doc {
  const sents: Token[][] = seg.sentences.map(() => []);
  for (const t of seg.tokens) if (t.end > t.start && hasWordChar(t.text)) sents[t.sentence]!.push(t);
  const kept: Token[][] = [];
  for (const s of sents) {
    if (!s.length) continue;
    const prev = kept[kept.length - 1];
    const tail = prev?.[prev.length - 1];
    // compromise ends a sentence after an initial ("C. Tolley 64"); a name may not be cut there.
    if (prev && tail && /^\p{Lu}$/u.test(tail.text) && /^\. ?$/.test(tail.post) && !/\n/.test(seg.text.slice(tail.end, s[0]!.start))) {
      prev.push(...s);
    } else kept.push(s);
  }
  const headline = kept.map(isHeadline);
  return { sents: kept, headline, info: docInfo(kept, headline) };
}

/** Has a letter or digit; most tokens start with an ASCII one, which spares the Unicode regex. */
function hasWordChar(text: string): boolean {
  const c = text.charCodeAt(0), lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || /[\p{L}\p{N}]/u.test(text);
}

export function featurize(fz: Featurizer, doc: Doc, withSpelling = true, rowOf?: Int32Array): SentFeats[] {
  return doc.sents.map((s, i) => fz.sentence(s, doc.headline[i]!, doc.info, withSpelling, rowOf));
}

/**
 * Feature key -> weight row: a Map while training (the vocabulary still grows), a dense array
 * indexed by key at run time (-1: no row), which is several times faster than hashing.
 */
export type RowIndex = Map<number, number> | Int32Array;

/** The dense index for a model's keys, listed by row. */
export function denseRows(keys: ArrayLike<number>, size: number): Int32Array {
  const t = new Int32Array(size).fill(-1);
  for (let r = 0; r < keys.length; r++) t[keys[r]!] = r;
  return t;
}

/** Feature keys to weight rows; keys the model has no row for are dropped. */
export function toRows(keys: Int32Array[], rowOf: RowIndex): Int32Array[] {
  return keys.map((ks) => {
    const out = new Int32Array(ks.length);
    let n = 0;
    if (rowOf instanceof Int32Array) {
      for (let k = 0; k < ks.length; k++) { const r = rowOf[ks[k]!]; if (r !== undefined && r >= 0) out[n++] = r; }
    } else {
      for (let k = 0; k < ks.length; k++) { const r = rowOf.get(ks[k]!); if (r !== undefined) out[n++] = r; }
    }
    return out.subarray(0, n);
  });
}

export function toSeq(f: SentFeats, rowOf: RowIndex): Seq {
  return { rows: toRows(f.keys, rowOf), shapeClass: f.shapeClass, brk: f.brk };
}

/**
 * Atoms describing how the same (lower-cased, capitalised) word was labelled elsewhere in the
 * document: the majority type among its other occurrences, whether they all agree, and the type of
 * its first occurrence in running text.
 */
export function docAtoms(fz: Featurizer, doc: Doc, feats: SentFeats[], labels: Int8Array[]): string[][][] {
  const OUT = TYPES.length; // index for "outside any entity"
  // Words are numbered in order of appearance; per token, its word's number or -1 (not counted).
  const numbers = new Map<string, number>();
  const word = doc.sents.map((s, si) => {
    const f = feats[si]!;
    const out = new Int32Array(s.length).fill(-1);
    for (let i = 0; i < s.length; i++) {
      if (!doc.headline[si] && !(f.spellings ? f.spellings[i]!.capitalised : fz.capitalised(s[i]!))) continue;
      const k = f.lower[i]!;
      let x = numbers.get(k);
      if (x === undefined) { x = numbers.size; numbers.set(k, x); }
      out[i] = x;
    }
    return out;
  });
  const W = OUT + 1;
  const counts = new Int32Array(numbers.size * W);
  const first = new Int8Array(numbers.size).fill(-1);
  // Per word, types of multi-word entities it was part of: a surname written once in full ("Louis
  // Farrakhan") is a person, a one-word name never written so (a company's) is less likely one.
  const multi = new Uint8Array(numbers.size);
  word.forEach((xs, si) => xs.forEach((x, i) => {
    if (x < 0) return;
    const ty = labelType(labels[si]![i]!);
    counts[x * W + (ty < 0 ? OUT : ty)]!++;
    const p = labelPrefix(labels[si]![i]!);
    if (p >= 0 && p <= 2) multi[x]! |= 1 << ty;
    // Headline occurrences are the least telling, so a body occurrence is preferred as "first".
    if (first[x]! < 0 && !doc.headline[si]) first[x] = ty < 0 ? OUT : ty;
  }));
  // The atoms as constant strings: their hashes are kept, so looking them up builds nothing.
  const names = [...TYPES, 'O'];
  const [dm, dall, df, dmulti] = ['dm:', 'dall:', 'df:', 'dmulti:'].map((p) => names.map((n) => p + n)) as [string[], string[], string[], string[]];
  return word.map((xs, si) => Array.from(xs, (x, i) => {
    const out: string[] = [];
    if (x < 0) return out;
    const own = labelType(labels[si]![i]!), o = own < 0 ? OUT : own;
    let bestTy = -1, bestN = 0, total = 0;
    for (let ty = 0; ty <= OUT; ty++) {
      const v = counts[x * W + ty]! - (ty === o ? 1 : 0);
      total += v;
      if (v > bestN) { bestN = v; bestTy = ty; }
    }
    if (total > 0) {
      out.push(dm[bestTy]!);
      if (bestN === total) out.push(dall[bestTy]!);
    }
    if (first[x]! >= 0) out.push(df[first[x]!]!);
    const mb = multi[x]!;
    for (let ty = 0; ty < OUT; ty++) if (mb & (1 << ty)) out.push(dmulti[ty]!);
    if (mb === 0 && own >= 0) out.push('dsingle');
    return out;
  }));
}

export interface Stages {
  fz: Featurizer;
  /** feature key -> weight row, shared by both passes */
  rowOf: Int32Array;
  stage1: Sparse;
  trans1: Float64Array;
  stage2: Sparse | null;
  trans2: Float64Array | null;
}

/** Labels for every kept token of the document, sentence by sentence. */
export function labelDoc(m: Stages, doc: Doc): Int8Array[] {
  const feats = featurize(m.fz, doc, false, m.rowOf);
  const seqs: Seq[] = feats.map((f) => ({ rows: f.keys, shapeClass: f.shapeClass, brk: f.brk }));
  const ws = m.stage2 ? [m.stage1, m.stage2] : [m.stage1];
  const base = (i: number, stage: number): Float64Array => spellingBase(feats[i]!, doc.headline[i]!, stage, ws, m.rowOf);
  const l1 = seqs.map((s, i) => viterbi(emitSparse(m.stage1, s, undefined, base(i, 0)), m.trans1, s));
  if (!m.stage2 || !m.trans2) return l1;
  const extra = docAtoms(m.fz, doc, feats, l1);
  return seqs.map((s, i) => viterbi(emitSparse(m.stage2!, s, m.fz.extraKeys(extra[i]!, m.rowOf), base(i, 1)), m.trans2!, s));
}
