// Claims that report the same thing: same source (entity, or the same words when the source is not a
// known entity) and contents that share most of their content words, in different documents. Every
// claim belongs to exactly one cluster, so a cluster of one document is a claim nobody else reported.
import type { ClaimCluster } from '../types.js';
import { type ClusterMemo, memoKey } from './memo.js';
import { contentWords } from './summary.js';

/** Jaccard overlap of content words from which two contents count as the same claim. */
export const SAME_CLAIM = 0.5;
/** Words in more claims than this (of one source) do not propose candidate pairs: they say little. */
export const COMMON_WORD = 500;

/** Up to this many claims, a source's claims are compared pair by pair, which costs less than indexing
 *  them; being fewer than COMMON_WORD, every word they share is rare enough to join them. */
const PAIRWISE = 12;

/** Word ids below this (a vocabulary of 67 M words), and claims below CLAIMS: a word and its frequency fit one exact number. */
const WORD_IDS = 2 ** 26;
/** Claims (so shapes of one source) below this: a shape's number and its length fit one exact number. */
const CLAIMS = 2 ** 27;

/** A cluster is named after its first claim (claim ids are unique and stable): claim:X:n → cluster:X:n. */
const clusterId = (firstClaim: string): string => `cluster:${firstClaim.slice(firstClaim.indexOf(':') + 1)}`;

/** Arrays by word or by shape that joinSimilar uses for each source and leaves as it found them. */
interface Scratch {
  freq: Uint32Array;
  localOf: Int32Array;
  postingOf: Int32Array;
}

/** A growable list of unsigned 32-bit numbers: a corpus's claims are kept as numbers, not objects. */
class U32List {
  data = new Uint32Array(1024);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
}

/** Jaccard overlap of two sorted id lists: a[aStart..aEnd) and b[bStart..bEnd). */
function overlap(a: Uint32Array, b: Uint32Array, aStart = 0, aEnd = a.length, bStart = 0, bEnd = b.length): number {
  if (aStart === aEnd || bStart === bEnd) return 0;
  let shared = 0;
  for (let i = aStart, j = bStart; i < aEnd && j < bEnd; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (aEnd - aStart + (bEnd - bStart) - shared);
}

/** How alike two contents are, measured exactly as the clusterer measures them. */
export function contentSimilarity(a: string, b: string): number {
  const ids = new Map<string, number>();
  const toIds = (text: string): Uint32Array =>
    Uint32Array.from([...contentWords(text)].map((w) => ids.get(w) ?? ids.set(w, ids.size).get(w)!)).sort();
  return overlap(toIds(a), toIds(b));
}

/**
 * Claims are kept compactly: an id string, a document number, a source number and a "shape", the set of
 * content words, stored once however many claims share it (wire copy repeats itself).
 */
export class ClaimClusterer {
  private readonly ids: string[] = [];
  private readonly docs = new U32List();
  private readonly sourceOf = new U32List();
  private readonly shapeOf = new U32List();
  /** Distinct sources' keys, before entity ids are merged across documents. */
  private readonly sources: string[] = [];
  private readonly sourceIndex = new Map<string, number>();
  private readonly vocabulary = new Map<string, number>();
  private readonly shapeIndex = new Map<string, number>();
  /** By shape, its words as added (the key of shapeIndex). */
  private readonly shapeWords: string[] = [];
  /** Shape s's word ids, sorted, are words.data[start.data[s] .. start.data[s + 1]). */
  private readonly words = new U32List();
  private readonly start = new U32List();

  constructor() {
    this.start.push(0);
  }

  /** Claims added so far; a claim's number is how many came before it. */
  get size(): number {
    return this.ids.length;
  }

  /** The source key of claim number `i`, as added. */
  sourceKey(i: number): string {
    return this.sources[this.sourceOf.data[i]!]!;
  }

  /** A claim of document number `doc`: its id, its source's key and its content's words (contentKey, see summary.ts). */
  add(claim: { id: string; source: string; words: string }, doc: number): void {
    // Wire copy repeats itself: most claims find their shape by its key, without a look at their words.
    let shape = this.shapeIndex.get(claim.words);
    if (shape === undefined) {
      const ids: number[] = [];
      for (const w of claim.words === '' ? [] : claim.words.split(' ')) {
        let id = this.vocabulary.get(w);
        if (id === undefined) this.vocabulary.set(w, (id = this.vocabulary.size));
        ids.push(id);
      }
      ids.sort((a, b) => a - b);
      this.shapeIndex.set(claim.words, (shape = this.start.length - 1));
      this.shapeWords.push(claim.words);
      for (const id of ids) this.words.push(id);
      this.start.push(this.words.length);
    }
    const key = claim.source;
    let source = this.sourceIndex.get(key);
    if (source === undefined) {
      this.sourceIndex.set(key, (source = this.sources.length));
      this.sources.push(key);
    }
    this.ids.push(claim.id);
    this.docs.push(doc);
    this.sourceOf.push(source);
    this.shapeOf.push(shape);
  }

  /**
   * `rename` maps an entity id to the corpus id it was merged into. With a memo, the clusters of a source
   * with many claims come from it when its claims are those it was made from, and are kept in it.
   */
  finish(rename: (id: string) => string, memo?: ClusterMemo): { clusters: ClaimCluster[]; clusterAt: ClaimCluster[] } {
    const n = this.ids.length;
    if (this.vocabulary.size > WORD_IDS || n >= CLAIMS) throw new Error(`too many claims (${n}) or content words (${this.vocabulary.size}) to cluster`);
    const parent = new Int32Array(n).map((_, i) => i);
    const rank = new Uint8Array(n);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    // By rank, so that trees stay shallow: a component's root is never looked at, only who shares it.
    const union = (i: number, j: number): void => {
      let a = find(i);
      let b = find(j);
      if (a === b) return;
      if (rank[a]! < rank[b]!) [a, b] = [b, a];
      parent[b] = a;
      if (rank[a] === rank[b]) rank[a]!++;
    };
    // Claims grouped by their source's corpus-wide key, in claim order.
    const groupIndex = new Map<string, number>();
    const groupOfSource = this.sources.map((key) => {
      const renamed = rename(key);
      let g = groupIndex.get(renamed);
      if (g === undefined) groupIndex.set(renamed, (g = groupIndex.size));
      return g;
    });
    const groupStart = new Uint32Array(groupIndex.size + 1);
    for (let i = 0; i < n; i++) groupStart[groupOfSource[this.sourceOf.data[i]!]! + 1]!++;
    for (let g = 0; g < groupIndex.size; g++) groupStart[g + 1]! += groupStart[g]!;
    const members = new Uint32Array(n);
    const fill = groupStart.slice(0, -1);
    for (let i = 0; i < n; i++) members[fill[groupOfSource[this.sourceOf.data[i]!]!]!++] = i;
    const scratch: Scratch = {
      freq: new Uint32Array(this.vocabulary.size),
      localOf: new Int32Array(this.start.length).fill(-1),
      postingOf: new Int32Array(this.vocabulary.size).fill(-1),
    };
    for (let g = 0; g < groupIndex.size; g++) {
      const list = members.subarray(groupStart[g]!, groupStart[g + 1]!);
      if (list.length <= PAIRWISE) this.joinPairs(list, union);
      else if (memo) this.joinRemembered(list, union, find, scratch, memo);
      else this.joinSimilar(list, union, scratch);
    }

    // Most claims are alone in their cluster: only the others are gathered into lists.
    const root = new Int32Array(n);
    const size = new Uint32Array(n);
    for (let i = 0; i < n; i++) size[(root[i] = find(i))]!++;
    const groups = new Map<number, number[]>();
    const clusters: ClaimCluster[] = [];
    /** By claim number, its cluster. */
    const clusterAt: ClaimCluster[] = new Array(n);
    for (let i = 0; i < n; i++) {
      if (size[root[i]!] === 1) {
        const claim = this.ids[i]!;
        const id = clusterId(claim);
        clusters.push((clusterAt[i] = { id, claims: [claim], documents: 1 }));
        continue;
      }
      const list = groups.get(root[i]!);
      if (list) list.push(i);
      else groups.set(root[i]!, [i]);
    }
    for (const list of groups.values()) {
      const ids = list.map((i) => this.ids[i]!).sort();
      const id = clusterId(ids[0]!);
      const cluster = { id, claims: ids, documents: new Set(list.map((i) => this.docs.data[i]!)).size };
      for (const i of list) clusterAt[i] = cluster;
      clusters.push(cluster);
    }
    clusters.sort((a, b) => b.documents - a.documents || (a.id < b.id ? -1 : 1));
    return { clusters, clusterAt };
  }

  /**
   * What joinSimilar does, answered by the memo when it can. The key lists the source's claims in path
   * order (by document, then in document order), each as the number of its document among the source's
   * documents and its content words: all that joinSimilar looks at, so the memo's partition of claims in
   * that order is theirs.
   */
  private joinRemembered(
    list: Uint32Array, union: (i: number, j: number) => void, find: (i: number) => number, scratch: Scratch, memo: ClusterMemo,
  ): void {
    const docs = this.docs.data;
    const order = new Float64Array(list.length);
    for (let k = 0; k < list.length; k++) order[k] = docs[list[k]!]! * CLAIMS + list[k]!;
    order.sort();
    const claims = Uint32Array.from(order, (x) => x % CLAIMS);
    const lines: string[] = [];
    let doc = -1;
    for (let j = 0; j < claims.length; j++) {
      const i = claims[j]!;
      if (j === 0 || docs[i] !== docs[claims[j - 1]!]) doc++;
      lines.push(`${doc} ${this.shapeWords[this.shapeOf.data[i]!]!}`);
    }
    const key = memoKey(lines);
    const known = memo.get(key, claims.length);
    if (known) {
      for (let j = 0; j < claims.length; j++) if (known[j] !== j) union(claims[known[j]!]!, claims[j]!);
      return;
    }
    this.joinSimilar(list, union, scratch);
    const part = new Uint32Array(claims.length);
    const first = new Map<number, number>();
    for (let j = 0; j < claims.length; j++) {
      const root = find(claims[j]!);
      const at = first.get(root);
      if (at === undefined) first.set(root, (part[j] = j));
      else part[j] = at;
    }
    memo.set(key, part);
  }

  /** What joinSimilar does, for a source with few claims: every pair measured. */
  private joinPairs(list: Uint32Array, union: (i: number, j: number) => void): void {
    const [words, start, docs, shapeOf] = [this.words.data, this.start.data, this.docs.data, this.shapeOf.data];
    for (let a = 0; a < list.length; a++) {
      const i = list[a]!;
      for (let b = a + 1; b < list.length; b++) {
        const j = list[b]!;
        if (docs[i] === docs[j]) continue;
        if (overlap(words, words, start[shapeOf[i]!]!, start[shapeOf[i]! + 1]!, start[shapeOf[j]!]!, start[shapeOf[j]! + 1]!) >= SAME_CLAIM) union(i, j);
      }
    }
  }

  /**
   * Joins every two claims of one source, from different documents, whose contents overlap by at least
   * SAME_CLAIM and share at least one word found in no more than COMMON_WORD of the source's claims.
   *
   * Claims of one shape (the same words) are taken together: those from two or more documents join each
   * other (when a word of theirs is rare enough), and two shapes that match join all their claims,
   * unless every claim of both is from one document. Candidate shapes come from a prefix filter (words
   * ordered rarest first, by how many of the source's claims hold them): shapes are taken shortest
   * first, and two word sets x and y, |x| <= |y|, that overlap by half share their rarest shared word
   * among the first |x| - ceil(2|x| / 3) + 1 words of x (which are indexed) and the first
   * |y| - ceil(|y| / 2) + 1 words of y (which look the index up); a shape under half as long as y cannot
   * match it and is passed over for good. Only words held by at most COMMON_WORD claims are indexed: a
   * pair whose rarest shared word is more common than that shares no rarer word, as the rule requires.
   * Only components matter, so shapes already joined are not measured again.
   */
  private joinSimilar(list: Uint32Array, union: (i: number, j: number) => void, scratch: Scratch): void {
    if (list.length < 2) return;
    const { freq, localOf, postingOf } = scratch;
    // freq[w]: how many of the source's claims hold word w; localOf[shape]: its number among the
    // source's shapes; postingOf[w]: its list in `postings` (all zero or -1 on entry and on return).
    // The source's shapes, in order of first claim: their claims, and their document (-1: several).
    const shapes: number[] = [];
    const claims: number[][] = [];
    const docOf: number[] = [];
    for (const i of list) {
      const shape = this.shapeOf.data[i]!;
      let s = localOf[shape]!;
      if (s < 0) {
        localOf[shape] = s = shapes.length;
        shapes.push(shape);
        claims.push([]);
        docOf.push(this.docs.data[i]!);
      }
      claims[s]!.push(i);
      if (docOf[s] !== this.docs.data[i]) docOf[s] = -1;
    }
    const words = this.words.data;
    const start = this.start.data;
    for (let s = 0; s < shapes.length; s++) {
      for (let k = start[shapes[s]!]!; k < start[shapes[s]! + 1]!; k++) freq[words[k]!]! += claims[s]!.length;
    }
    // Rarest first, then by id: each word as one number, frequency above id, sorted natively (a
    // comparator called per pair cost a third of the clustering). Exact while both fit in 53 bits.
    const keys64 = new Float64Array(64);
    const rarest = (from: number, to: number): Float64Array => {
      const keys = to - from <= keys64.length ? keys64.subarray(0, to - from) : new Float64Array(to - from);
      for (let k = from; k < to; k++) keys[k - from] = freq[words[k]!]! * WORD_IDS + words[k]!;
      return keys.sort();
    };
    // Shapes are joined to each other here (a shape's claims all join when it matches another), and
    // their claims in the corpus-wide components once all are known.
    const parent = new Int32Array(shapes.length);
    for (let s = 0; s < shapes.length; s++) parent[s] = s;
    const rank = new Uint8Array(shapes.length);
    const find = (s: number): number => {
      while (parent[s] !== s) s = parent[s] = parent[parent[s]!]!;
      return s;
    };
    const matched = new Uint8Array(shapes.length);
    /** Shortest first, then in order of first claim: shape number below the length, as one exact number. */
    const byLength = new Float64Array(shapes.length);
    for (let s = 0; s < shapes.length; s++) byLength[s] = (start[shapes[s]! + 1]! - start[shapes[s]!]!) * CLAIMS + s;
    byLength.sort();
    const size = (s: number): number => start[shapes[s]! + 1]! - start[shapes[s]!]!;
    // By word: the shapes whose indexed words hold it, shortest first; [0] counts those passed over for good.
    const postings: number[][] = [];
    const seen = new Int32Array(shapes.length).fill(-1);
    for (const key of byLength) {
      const s = key % CLAIMS;
      const [from, to] = [start[shapes[s]!]!, start[shapes[s]! + 1]!];
      const n = to - from;
      if (n === 0) continue;
      const order = rarest(from, to);
      // Claims of one shape from several documents join, when a word of theirs is rare enough.
      if (docOf[s] === -1 && freq[order[0]! % WORD_IDS]! <= COMMON_WORD) matched[s] = 1;
      const probe = n - Math.ceil(n / 2) + 1;
      const indexed = n - Math.floor((2 * n + 2) / 3) + 1;
      // The root of s's component, kept as it changes.
      let root = find(s);
      for (let p = 0; p < probe; p++) {
        const w = order[p]! % WORD_IDS;
        if (freq[w]! > COMMON_WORD) break;
        if (postingOf[w]! < 0) postingOf[w] = postings.push([0]) - 1;
        const posting = postings[postingOf[w]!]!;
        while (posting[0]! + 1 < posting.length && 2 * size(posting[posting[0]! + 1]!) < n) posting[0]!++;
        for (let k = posting[0]! + 1; k < posting.length; k++) {
          const t = posting[k]!;
          if (seen[t] === s) continue;
          seen[t] = s;
          if (docOf[s] !== -1 && docOf[s] === docOf[t]) continue;
          let [a, b] = [root, find(t)];
          if (a === b) continue;
          if (overlap(words, words, from, to, start[shapes[t]!]!, start[shapes[t]! + 1]!) < SAME_CLAIM) continue;
          // By rank, so that trees stay shallow.
          if (rank[a]! < rank[b]!) [a, b] = [b, a];
          parent[b] = a;
          if (rank[a] === rank[b]) rank[a]!++;
          root = a;
          matched[s] = matched[t] = 1;
        }
        if (p < indexed) posting.push(s);
      }
    }
    for (let s = 0; s < shapes.length; s++) {
      if (matched[s]) for (const i of claims[s]!) union(claims[s]![0]!, i);
      if (find(s) !== s) union(claims[s]![0]!, claims[find(s)]![0]!);
      localOf[shapes[s]!] = -1;
      for (let k = start[shapes[s]!]!; k < start[shapes[s]! + 1]!; k++) {
        freq[words[k]!] = 0;
        postingOf[words[k]!] = -1;
      }
    }
  }
}
