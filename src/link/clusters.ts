// Claims that report the same thing: same source (entity, or the same words when the source is not a
// known entity) and contents that share most of their content words, in different documents. Every
// claim belongs to exactly one cluster, so a cluster of one document is a claim nobody else reported.
import { createHash } from 'node:crypto';
import { nameKey } from '../text/keys.js';
import type { ClaimCluster, OutClaim } from '../types.js';

const STOPWORDS = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those ' +
    'he she they we you i his her their our your my him them us me will would could should can may might must do does did ' +
    'has have had not no so than then there here what which who whom whose when where why how all any some such about into over')
    .split(' '),
);

/** Content words with a crude stem, so "attacks"/"attacked"/"attack" meet. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of nameKey(text).split(' ')) {
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    out.add(w.replace(/(?:ing|ed|es|s)$/, '').slice(0, 7));
  }
  return out;
}

/** Jaccard overlap of content words from which two contents count as the same claim. */
export const SAME_CLAIM = 0.5;
/** Words in more claims than this (of one source) do not propose candidate pairs: they say little. */
const COMMON_WORD = 500;

export function sourceKey(entityId: string | null, anonymous: boolean, text: string): string {
  return entityId ?? (anonymous ? 'anonymous' : `text:${nameKey(text)}`);
}

interface Item {
  id: string;
  doc: number;
  /** The source's key before entity ids are merged across documents. */
  key: string;
  /** Content words as sorted ids: a corpus holds many claims, and ids are far smaller than strings. */
  words: Uint32Array;
}

/** Jaccard overlap of two sorted id lists. */
function overlap(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** How alike two contents are, measured exactly as the clusterer measures them. */
export function contentSimilarity(a: string, b: string): number {
  const ids = new Map<string, number>();
  const toIds = (text: string): Uint32Array =>
    Uint32Array.from([...contentWords(text)].map((w) => ids.get(w) ?? ids.set(w, ids.size).get(w)!)).sort();
  return overlap(toIds(a), toIds(b));
}

export class ClaimClusterer {
  private readonly items: Item[] = [];
  private readonly vocabulary = new Map<string, number>();
  private readonly keys = new Map<string, string>();

  add(c: OutClaim, doc: number): void {
    const ids: number[] = [];
    for (const w of contentWords(c.content.text)) {
      let id = this.vocabulary.get(w);
      if (id === undefined) this.vocabulary.set(w, (id = this.vocabulary.size));
      ids.push(id);
    }
    const key = sourceKey(c.source.entityId, c.source.anonymous, c.source.text);
    // One string per distinct source, shared by all its claims.
    if (!this.keys.has(key)) this.keys.set(key, key);
    this.items.push({ id: c.id, doc, key: this.keys.get(key)!, words: Uint32Array.from(ids).sort() });
  }

  /** `rename` maps an entity id to the corpus id it was merged into. */
  finish(rename: (id: string) => string): { clusterOf: Map<string, string>; clusters: ClaimCluster[] } {
    const items = this.items;
    const parent = items.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    const bySource = new Map<string, number[]>();
    items.forEach((it, i) => {
      const key = rename(it.key);
      const list = bySource.get(key) ?? [];
      list.push(i);
      bySource.set(key, list);
    });
    for (const list of bySource.values()) this.joinSimilar(list, find, parent);

    const groups = new Map<number, number[]>();
    items.forEach((_, i) => {
      const root = find(i);
      const list = groups.get(root) ?? [];
      list.push(i);
      groups.set(root, list);
    });
    const clusterOf = new Map<string, string>();
    const clusters: ClaimCluster[] = [];
    for (const members of groups.values()) {
      const ids = members.map((i) => items[i]!.id).sort();
      const id = `cluster:${createHash('sha256').update(ids[0]!).digest('hex').slice(0, 12)}`;
      for (const claimId of ids) clusterOf.set(claimId, id);
      clusters.push({ id, claims: ids, documents: new Set(members.map((i) => items[i]!.doc)).size });
    }
    clusters.sort((a, b) => b.documents - a.documents || (a.id < b.id ? -1 : 1));
    return { clusterOf, clusters };
  }

  /** Candidate pairs come from shared words (an inverted index), not from every pair of the source's claims. */
  private joinSimilar(list: number[], find: (i: number) => number, parent: number[]): void {
    if (list.length < 2) return;
    const index = new Map<number, number[]>();
    for (const i of list) {
      for (const w of this.items[i]!.words) {
        const posting = index.get(w) ?? [];
        posting.push(i);
        index.set(w, posting);
      }
    }
    for (const i of list) {
      const a = this.items[i]!;
      const tried = new Set<number>();
      for (const w of a.words) {
        const posting = index.get(w)!;
        if (posting.length > COMMON_WORD) continue;
        for (const j of posting) {
          if (j <= i || tried.has(j)) continue;
          tried.add(j);
          const b = this.items[j]!;
          if (a.doc !== b.doc && overlap(a.words, b.words) >= SAME_CLAIM) parent[find(j)] = find(i);
        }
      }
    }
  }
}
