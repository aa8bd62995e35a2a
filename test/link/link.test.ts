import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSimilarity } from '../../src/link/clusters.js';
import { phoneticKey, sameNameVariant } from '../../src/link/fuzzy.js';
import { link, Linker } from '../../src/link/index.js';
import { nameKey, slug } from '../../src/text/keys.js';
import type { OutClaim, OutDocument, OutEntity } from '../../src/types.js';

test('name keys and slugs fold case, accents, dashes and dots', () => {
  assert.equal(nameKey('José-Manuel  Albares'), 'jose manuel albares');
  assert.equal(nameKey('U.S. Army'), 'us army');
  assert.equal(slug("Benjamin Netanyahu's"), 'benjamin-netanyahus');
  assert.equal(slug('AT&T'), 'at-and-t');
});

test('transliteration variants match; different names do not', () => {
  for (const [a, b] of [['Gaddafi', 'Qaddafi'], ['Zelensky', 'Zelenskyy'], ['Abu Dhabi', 'Abu-Dhabi'], ['Muammar Gaddafi', 'Moammar Gadhafi']]) {
    assert.ok(sameNameVariant(a!, b!), `${a} ~ ${b}`);
  }
  for (const [a, b] of [['Ivanov', 'Ivanova'], ['John Smith', 'Jon'], ['Mali', 'Bali'], ['Austria', 'Australia']]) {
    assert.ok(!sameNameVariant(a!, b!), `${a} !~ ${b}`);
  }
  assert.equal(phoneticKey('Zelensky'), phoneticKey('Zelenskyy'));
});

const entity = (id: string, name: string, aliases: string[] = []): OutEntity => ({
  id, type: id.split(':')[0] as OutEntity['type'], name, aliases, mentions: [{ text: name, start: 0, end: name.length, sentence: 0 }],
});
const claim = (id: string, source: string, entityId: string | null, content: string): OutClaim => ({
  id, sentence: 0, kind: 'indirect', confidence: 0.9,
  source: { text: source, start: 0, end: source.length, entityId, anonymous: false },
  cue: { text: 'said', start: 0, end: 4 }, content: { text: content, start: 0, end: content.length }, via: null, clusterId: null,
});
const doc = (path: string, entities: OutEntity[], claims: OutClaim[] = []): OutDocument => ({
  path, sha256: null, status: 'ok', error: null, encoding: 'utf-8', chars: 10, sentences: 1, diagnostics: [], entities, claims,
});

test('link merges spelling variants across documents under the most common form, and counts', () => {
  const out = link(
    [
      doc('a.txt', [entity('person:volodymyr-zelensky', 'Volodymyr Zelensky')]),
      doc('b.txt', [entity('person:volodymyr-zelenskyy', 'Volodymyr Zelenskyy')]),
      doc('c.txt', [entity('person:volodymyr-zelensky', 'Volodymyr Zelensky', ['Zelensky']), entity('place:kyiv', 'Kyiv')]),
    ],
    { version: '1.0.0', referenceDate: '2025-01-01' },
  );
  assert.deepEqual(out.entities.map((e) => [e.id, e.name, e.aliases, e.documents, e.mentions]), [
    ['person:volodymyr-zelensky', 'Volodymyr Zelensky', ['Volodymyr Zelenskyy', 'Zelensky'], 3, 3],
    ['place:kyiv', 'Kyiv', [], 1, 1],
  ]);
  assert.equal(out.documents[1]!.entities[0]!.id, 'person:volodymyr-zelensky');
});

test('claims from the same source saying the same thing in two documents form one cluster', () => {
  const out = link(
    [
      doc('a.txt', [entity('person:ana-ruiz', 'Ana Ruiz')], [claim('claim:a:1', 'Ana Ruiz', 'person:ana-ruiz', 'the bridge will reopen in May after repairs')]),
      doc('b.txt', [entity('person:ana-ruiz', 'Ana Ruiz')], [
        claim('claim:b:1', 'Ruiz', 'person:ana-ruiz', 'the bridge would reopen in May once repairs end'),
        claim('claim:b:2', 'Ruiz', 'person:ana-ruiz', 'taxes must rise next year'),
      ]),
    ],
    { version: '1.0.0', referenceDate: '2025-01-01' },
  );
  assert.deepEqual(out.claimClusters.map((c) => [c.claims, c.documents]), [
    [['claim:a:1', 'claim:b:1'], 2],
    [['claim:b:2'], 1],
  ]);
  assert.equal(out.documents[0]!.claims[0]!.clusterId, out.documents[1]!.claims[0]!.clusterId);
  assert.ok(contentSimilarity('attacks were launched', 'attack launched') >= 0.5);
});

test("a document's decided hash changes with what linking decides about it, and only then", () => {
  const plan = (docs: OutDocument[]): string[] => {
    const linker = new Linker();
    docs.forEach((d, i) => linker.add(d, i));
    return linker.plan().decided;
  };
  const a = doc('a.txt', [entity('person:ana-ruiz', 'Ana Ruiz')], [claim('claim:a:1', 'Ana Ruiz', 'person:ana-ruiz', 'the bridge will reopen in May after repairs')]);
  const other = doc('c.txt', [entity('place:kyiv', 'Kyiv')]);
  const alone = plan([a, other]);
  // Added in another order, the same documents are decided the same.
  const linker = new Linker();
  linker.add(other, 1);
  linker.add(a, 0);
  assert.deepEqual(linker.plan().decided, alone);
  // A second report of a's claim puts it in a cluster of two documents: a changes, c does not.
  const b = doc('b.txt', [entity('person:ana-ruiz', 'Ana Ruiz')], [claim('claim:b:1', 'Ruiz', 'person:ana-ruiz', 'the bridge would reopen in May once repairs end')]);
  const joined = plan([a, other, b]);
  assert.notEqual(joined[0], alone[0]);
  assert.equal(joined[1], alone[1]);
  // A spelling seen in more documents elsewhere renames c's entity: c changes.
  const c = doc('c.txt', [entity('person:volodymyr-zelenskyy', 'Volodymyr Zelenskyy')]);
  const variant = (path: string): OutDocument => doc(path, [entity('person:volodymyr-zelensky', 'Volodymyr Zelensky')]);
  assert.notEqual(plan([a, c, variant('d.txt'), variant('e.txt')])[1], plan([a, c])[1]);
  assert.equal(plan([a, c, other])[1], plan([a, c])[1]);
});
