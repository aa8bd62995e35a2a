import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agencyInDateline } from '../../src/entities/dateline.js';
import type { FoundMention } from '../../src/types.js';

const typeOf = (text: string, name: string, type: FoundMention['type'] = 'place'): string => {
  const start = text.indexOf(name);
  return agencyInDateline({ type, start, end: start + name.length, text: name, sentence: 0 }, text).type;
};

test('the bracketed name before a dateline dash is the agency', () => {
  assert.equal(typeOf('KYIV, March 14 (Newswire) - Talks stalled.', 'Newswire'), 'organization');
  assert.equal(typeOf('Headline\nVIENNA (Wirepress) – The agency met.', 'Wirepress', 'person'), 'organization');
});

test('brackets elsewhere are left alone', () => {
  assert.equal(typeOf('He flew from Lyon (France) - then home.', 'France'), 'place');
  assert.equal(typeOf('The talks in Vienna (Austria) ended.', 'Austria'), 'place');
});
