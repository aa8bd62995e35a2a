import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanMention } from '../../src/entities/clean.js';
import type { FoundMention } from '../../src/types.js';

const clean = (text: string, span: string, type: FoundMention['type'] = 'organization'): string | null => {
  const start = text.indexOf(span);
  const m = cleanMention({ type, start, end: start + span.length, text: span, sentence: 0 }, text);
  return m && `${m.text}@${m.start}`;
};

test('edge punctuation, possessives and a leading article go; abbreviation dots stay', () => {
  assert.equal(clean('He met the United Nations, then left.', 'the United Nations,'), 'United Nations@11');
  assert.equal(clean('Putin’s aides said', 'Putin’s', 'person'), 'Putin@0');
  assert.equal(clean("The Jones's house", "Jones's", 'person'), 'Jones@4');
  assert.equal(clean('"Paris."', '"Paris."', 'place'), 'Paris@1');
  assert.equal(clean('He sued Acme Inc.', 'Acme Inc.'), 'Acme Inc.@8');
  assert.equal(clean('He flew to the U.S.', 'U.S.', 'place'), 'U.S.@15');
  assert.equal(clean('Reuters reported', 'Reuters'), 'Reuters@0');
  assert.equal(clean('a "," here', '","'), null);
});

test('dates keep their words; names keep a bracketed part they open', () => {
  assert.equal(clean('on Friday, he', 'Friday,', 'date'), 'Friday@3');
  assert.equal(clean('the Pakistan Peoples Party (PPP) said', 'Pakistan Peoples Party (PPP)'), 'Pakistan Peoples Party (PPP)@4');
});
