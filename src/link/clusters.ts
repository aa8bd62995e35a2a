// Claims that report the same thing: same source (entity, or the same words when the source is not a
// known entity) and contents that share most of their content words. Every claim belongs to exactly
// one cluster, so a cluster of one document is a claim nobody else reported.
import { createHash } from 'node:crypto';
import { nameKey } from '../text/keys.js';
import type { ClaimCluster, OutClaim, OutDocument } from '../types.js';

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

export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Jaccard overlap of content words from which two contents count as the same claim. */
export const SAME_CLAIM = 0.5;

export function sourceKey(c: OutClaim): string {
  return c.source.entityId ?? (c.source.anonymous ? 'anonymous' : `text:${nameKey(c.source.text)}`);
}

export function clusterClaims(documents: OutDocument[]): ClaimCluster[] {
  const items: Array<{ claim: OutClaim; doc: number; words: Set<string> }> = [];
  documents.forEach((d, di) => d.claims.forEach((claim) => items.push({ claim, doc: di, words: contentWords(claim.content.text) })));
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const bySource = new Map<string, number[]>();
  items.forEach((it, i) => {
    const key = sourceKey(it.claim);
    const list = bySource.get(key) ?? [];
    list.push(i);
    bySource.set(key, list);
  });
  for (const list of bySource.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = items[list[x]!]!;
        const b = items[list[y]!]!;
        if (a.doc === b.doc) continue;
        if (similarity(a.words, b.words) >= SAME_CLAIM) parent[find(list[y]!)] = find(list[x]!);
      }
    }
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = find(i);
    const list = groups.get(root) ?? [];
    list.push(i);
    groups.set(root, list);
  });
  const clusters: ClaimCluster[] = [];
  for (const members of groups.values()) {
    const ids = members.map((i) => items[i]!.claim.id).sort();
    const id = `cluster:${createHash('sha256').update(ids[0]!).digest('hex').slice(0, 12)}`;
    for (const i of members) items[i]!.claim.clusterId = id;
    clusters.push({ id, claims: ids, documents: new Set(members.map((i) => items[i]!.doc)).size });
  }
  return clusters.sort((a, b) => b.documents - a.documents || (a.id < b.id ? -1 : 1));
}
