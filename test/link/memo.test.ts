// The memo of clusters: a run answered by it clusters exactly as one without it, and it answers only
// for a source whose claims are those it was made from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClaimClusterer } from '../../src/link/clusters.js';
import { ClusterMemo, decodeMemo, encodeMemo } from '../../src/link/memo.js';
import { contentKey } from '../../src/link/summary.js';
import { rng } from '../../scripts/corpus.js';

interface Spec {
  id: string;
  doc: number;
  source: string;
  content: string;
}

function clustered(specs: Spec[], memo?: ClusterMemo): string[][] {
  const c = new ClaimClusterer();
  // Documents in any order, as a run adds them: the memo must not depend on it.
  const byDoc = [...specs].sort((a, b) => ((a.doc * 7919) % 101) - ((b.doc * 7919) % 101));
  for (const s of byDoc) c.add({ id: s.id, source: s.source, words: contentKey(s.content) }, s.doc);
  return c.finish((id) => id, memo).clusters.map((x) => x.claims).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** Four sources of 20 to 60 claims (the memo keeps sources of more than a dozen), one of 5. */
function specs(seed: number): Spec[] {
  const rand = rng(seed);
  const vocabulary = Array.from({ length: 30 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${i}`);
  const out: Spec[] = [];
  for (const [source, n] of [['officials', 60], ['person:ana-ruiz', 40], ['the agency', 25], ['person:li-chen', 20], ['a witness', 5]] as const) {
    for (let k = 0; k < n; k++) {
      const words = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => vocabulary[Math.floor(rand() ** 2 * vocabulary.length)]!);
      out.push({ id: `claim:${String(out.length).padStart(4, '0')}`, doc: Math.floor(rand() * 30), source, content: words.join(' the ') });
    }
  }
  return out;
}

/** The memo as the next run reads it back from the cache. */
const stored = (memo: ClusterMemo): ClusterMemo => new ClusterMemo(decodeMemo(encodeMemo(memo.entries()))!);

test('clusters made with the memo, and answered by it on the next run, equal those made without it', () => {
  const claims = specs(11);
  const plain = clustered(claims);
  assert.ok(plain.some((c) => c.length > 2), 'clusters of several claims');
  const first = new ClusterMemo();
  assert.deepEqual(clustered(claims, first), plain);
  assert.deepEqual([first.made, first.reused, first.changed], [4, 0, true]);
  const second = stored(first);
  assert.deepEqual(clustered(claims, second), plain);
  assert.deepEqual([second.made, second.reused, second.changed], [0, 4, false]);
});

test('the memo is what answers: a partition stored for a source is taken as it is', () => {
  const claims = specs(12);
  const memo = new ClusterMemo();
  clustered(claims, memo);
  // Every claim alone, under every key: the memo's word is taken, so no cluster has two claims.
  const alone = new Map([...memo.entries()].map(([k, p]) => [k, Uint32Array.from(p, (_, j) => j)]));
  const fromMemo = clustered(claims, new ClusterMemo(alone));
  const few = claims.filter((c) => c.source === 'a witness').map((c) => c.id);
  assert.ok(fromMemo.every((c) => c.length === 1 || c.every((id) => few.includes(id))));
  assert.notDeepEqual(fromMemo, clustered(claims));
});

test('a changed claim makes its source\'s clusters afresh; documents added before the others change no key', () => {
  const claims = specs(13);
  const memo = new ClusterMemo();
  clustered(claims, memo);
  // One content of 'the agency' changes: that source is clustered again, the three others are answered.
  const changed = claims.map((c) => (c.id === claims.find((x) => x.source === 'the agency')!.id ? { ...c, content: 'wholly different words here' } : c));
  const next = stored(memo);
  assert.deepEqual(clustered(changed, next), clustered(changed));
  assert.deepEqual([next.made, next.reused], [1, 3]);
  // A new first document shifts every document's number: the keys number documents within a source.
  const shifted = [{ id: 'claim:new', doc: 0, source: 'a witness', content: 'wa0 the wb1' }, ...claims.map((c) => ({ ...c, doc: c.doc + 1 }))];
  const after = stored(memo);
  assert.deepEqual(clustered(shifted, after), clustered(shifted));
  assert.deepEqual([after.made, after.reused], [0, 4]);
  // Two claims of one document moved into two documents: same words, another key.
  const split = claims.map((c) => (c.source === 'officials' && c.doc === claims.find((x) => x.source === 'officials')!.doc ? { ...c, doc: 99 } : c));
  const moved = stored(memo);
  assert.deepEqual(clustered(split, moved), clustered(split));
  assert.equal(moved.made, 1);
});

test('a stored memo that is not one, or a partition that does not fit its claims, is not used', () => {
  assert.equal(decodeMemo(Buffer.from([1, 2, 3])), null);
  const claims = specs(14);
  const memo = new ClusterMemo();
  clustered(claims, memo);
  const entries = memo.entries();
  const bytes = encodeMemo(entries);
  assert.equal(decodeMemo(bytes.subarray(0, bytes.length - 2)), null);
  // A claim named by a later one, and a partition one claim short: neither answers.
  const [k1, k2] = [...entries.keys()];
  const bad = new Map(entries);
  bad.set(k1!, Uint32Array.from(entries.get(k1!)!, (_, j) => (j === 0 ? 1 : j)));
  bad.set(k2!, entries.get(k2!)!.subarray(1));
  const next = new ClusterMemo(bad);
  assert.deepEqual(clustered(claims, next), clustered(claims));
  assert.deepEqual([next.made, next.reused], [2, 2]);
});
