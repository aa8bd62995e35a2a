import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentKey, type LinkSummary, packSummary, unpackSummary } from '../../src/link/summary.js';

test('a packed summary comes back whole but for its claim ids, in a fraction of the space', () => {
  const summary: LinkSummary = {
    status: 'ok',
    diagnostics: [{ code: 'NOT_UTF8', severity: 'warning', message: 'not valid UTF-8; decoded as Windows-1252' }],
    entities: [
      { id: 'person:ana-ruiz', type: 'person', name: 'Ana Ruiz', aliases: ['Ruiz'], mentions: 3 },
      { id: 'date:2025-03-14', type: 'date', name: 'Friday', value: '2025-03-14', aliases: [], mentions: 1 },
    ],
    claims: [
      { id: 'claim:0123456789:1', source: 'person:ana-ruiz', words: contentKey('The bridge will reopen on Friday, the bridges said') },
      { id: 'claim:0123456789:2', source: 'anonymous', words: contentKey('') },
    ],
  };
  const packed = packSummary(summary);
  assert.deepEqual(unpackSummary(packed), { ...summary, claims: summary.claims.map((c) => ({ ...c, id: '' })) });
  assert.ok(packed.length < JSON.stringify(summary).length * 0.75, `${packed.length} of ${JSON.stringify(summary).length}`);
});

test('a content key holds each content word once, sorted: the same words give the same key', () => {
  assert.equal(contentKey('The bridge reopened on Friday, the bridges said'), 'bridg bridge friday reopen said');
  assert.equal(contentKey('said Friday: the bridges reopen, the bridge reopens'), contentKey('The bridge reopened on Friday, the bridges said'));
  assert.equal(contentKey('of the and'), '');
});
