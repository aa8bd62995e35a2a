// Claim clusters against their definition, computed the slow way: every pair of one source's claims.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClaimClusterer, COMMON_WORD, SAME_CLAIM } from '../../src/link/clusters.js';
import { contentKey, contentWords, sourceKey } from '../../src/link/summary.js';
import type { OutClaim } from '../../src/types.js';
import { rng } from '../../scripts/corpus.js';

interface Spec {
  id: string;
  doc: number;
  source: string;
  content: string;
}

const claim = (s: Spec): OutClaim => ({
  id: s.id, sentence: 0, kind: 'indirect', confidence: 0.9,
  source: { text: s.source, start: 0, end: s.source.length, entityId: s.source.startsWith('person:') ? s.source : null, anonymous: s.source === 'officials' },
  cue: { text: 'said', start: 0, end: 4 }, content: { text: s.content, start: 0, end: s.content.length }, via: null, clusterId: null,
});

const keyOf = (s: Spec): string => {
  const c = claim(s);
  return sourceKey(c.source.entityId, c.source.anonymous, c.source.text);
};

/** The definition: same source, different documents, Jaccard >= SAME_CLAIM, a shared word in at most COMMON_WORD of the source's claims. */
function bruteForce(specs: Spec[], commonWord = COMMON_WORD): string[][] {
  const parent = specs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const words = specs.map((s) => contentWords(s.content));
  const groups = new Map<string, number[]>();
  specs.forEach((s, i) => groups.set(keyOf(s), [...(groups.get(keyOf(s)) ?? []), i]));
  for (const list of groups.values()) {
    const freq = new Map<string, number>();
    for (const i of list) for (const w of words[i]!) freq.set(w, (freq.get(w) ?? 0) + 1);
    for (const i of list) {
      for (const j of list) {
        if (j <= i || specs[i]!.doc === specs[j]!.doc) continue;
        const shared = [...words[i]!].filter((w) => words[j]!.has(w));
        const union = words[i]!.size + words[j]!.size - shared.length;
        if (shared.length === 0 || shared.length / union < SAME_CLAIM) continue;
        if (shared.some((w) => freq.get(w)! <= commonWord)) parent[find(j)] = find(i);
      }
    }
  }
  const byRoot = new Map<number, string[]>();
  specs.forEach((s, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), s.id]));
  return [...byRoot.values()].map((ids) => ids.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

function clustered(specs: Spec[]): string[][] {
  const c = new ClaimClusterer();
  for (const s of specs) c.add({ id: s.id, source: keyOf(s), words: contentKey(s.content) }, s.doc);
  return c.finish((id) => id).clusters.map((x) => x.claims).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

test('clusters equal the pairwise definition, with common words that propose nothing', () => {
  const rand = rng(42);
  // A few words are in nearly every claim of the busiest source (more than COMMON_WORD claims), the
  // rest are drawn from a skewed vocabulary so that overlaps of every size occur.
  const common = ['ceasefire', 'ministry', 'border'];
  const vocabulary = Array.from({ length: 60 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
  const sources = ['person:ana-ruiz', 'officials', 'the agency', 'person:li-chen', 'A spokesman'];
  const specs: Spec[] = [];
  for (let n = 0; n < 2400; n++) {
    const source = rand() < 0.5 ? sources[0]! : sources[1 + Math.floor(rand() * (sources.length - 1))]!;
    const words = new Set<string>();
    const size = 1 + Math.floor(rand() * 7);
    for (let k = 0; k < size; k++) words.add(rand() < 0.6 ? common[Math.floor(rand() * common.length)]! : vocabulary[Math.floor(rand() ** 2 * vocabulary.length)]!);
    specs.push({ id: `claim:${String(n).padStart(5, '0')}`, doc: Math.floor(rand() * 300), source, content: [...words].join(' the ') });
  }
  const expected = bruteForce(specs);
  const busiest = specs.filter((s) => s.source === 'person:ana-ruiz').length;
  assert.ok(busiest > COMMON_WORD, `the busiest source has ${busiest} claims`);
  assert.ok(expected.some((g) => g.length > 2) && expected.filter((g) => g.length === 1).length > 50, 'clusters of every size');
  assert.notDeepEqual(bruteForce(specs, Infinity), expected, 'some pairs share only common words');
  assert.deepEqual(clustered(specs), expected);
});

test('contents of one to thirty words: long and short contents are matched as the definition says', () => {
  // Shapes are taken shortest first and index only a third of their words: pairs of every length
  // ratio around one half, and overlaps just above and below SAME_CLAIM, must still all be found.
  const rand = rng(2026);
  const vocabulary = Array.from({ length: 90 }, (_, i) => `v${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`);
  const specs: Spec[] = [];
  const bases = Array.from({ length: 40 }, () => Array.from({ length: 30 }, () => vocabulary[Math.floor(rand() * vocabulary.length)]!));
  for (let n = 0; n < 1500; n++) {
    const base = bases[Math.floor(rand() * bases.length)]!;
    const size = 1 + Math.floor(rand() * 30);
    const words = base.slice(0, size).map((w) => (rand() < 0.15 ? vocabulary[Math.floor(rand() * vocabulary.length)]! : w));
    specs.push({ id: `claim:${String(n).padStart(5, '0')}`, doc: Math.floor(rand() * 400), source: rand() < 0.7 ? 'officials' : 'person:ana-ruiz', content: words.join(' and ') });
  }
  const expected = bruteForce(specs);
  assert.ok(expected.some((g) => g.length > 5) && expected.filter((g) => g.length === 1).length > 20, 'clusters of every size');
  assert.deepEqual(clustered(specs), expected);
});

test('claims of one document join each other only through another document; empty contents join nothing', () => {
  const specs: Spec[] = [
    { id: 'claim:a:1', doc: 0, source: 'officials', content: 'bridge reopens May' },
    { id: 'claim:a:2', doc: 0, source: 'officials', content: 'bridge reopens May' },
    { id: 'claim:b:1', doc: 1, source: 'officials', content: 'the and of' },
    { id: 'claim:c:1', doc: 2, source: 'officials', content: 'the and of' },
    { id: 'claim:d:1', doc: 3, source: 'the agency', content: 'talks resume Monday' },
    { id: 'claim:d:2', doc: 3, source: 'the agency', content: 'talks resume Monday' },
    { id: 'claim:e:1', doc: 4, source: 'the agency', content: 'talks resume on Monday in Geneva' },
  ];
  assert.deepEqual(clustered(specs), [['claim:a:1'], ['claim:a:2'], ['claim:b:1'], ['claim:c:1'], ['claim:d:1', 'claim:d:2', 'claim:e:1']]);
  assert.deepEqual(bruteForce(specs), clustered(specs));
});

test('sources with few claims, compared pair by pair, cluster as the definition says', () => {
  const rand = rng(7);
  const vocabulary = Array.from({ length: 12 }, (_, i) => `term${String.fromCharCode(97 + i)}`);
  const specs: Spec[] = [];
  // From one claim to twenty a source: on both sides of where pairs stop being compared one by one.
  for (let source = 0; source < 200; source++) {
    const claims = 1 + Math.floor(rand() * 20);
    for (let k = 0; k < claims; k++) {
      const words = Array.from({ length: Math.floor(rand() * 5) }, () => vocabulary[Math.floor(rand() * vocabulary.length)]!);
      specs.push({ id: `claim:${String(specs.length).padStart(5, '0')}`, doc: Math.floor(rand() * 8), source: `the office ${source}`, content: words.join(' ') });
    }
  }
  const expected = bruteForce(specs);
  assert.ok(expected.filter((g) => g.length > 1).length > 100, 'many clusters of several claims');
  assert.deepEqual(clustered(specs), expected);
});
