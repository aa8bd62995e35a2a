// The entity stage's names reach the claims' rules as tags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withNames } from '../../src/claims/names.js';
import { segment } from '../../src/segment/index.js';
import type { DocEntity } from '../../src/types.js';

const person = (text: string, name: string): DocEntity => {
  const start = text.indexOf(name);
  return { type: 'person', name, aliases: [], mentions: [{ type: 'person', text: name, start, end: start + name.length, sentence: 0 }] };
};

test('the tokens of a person mention read as a name, not a verb; the segmentation given stays as it was', () => {
  const text = 'Patch, a former party director, said the count was slow.';
  const seg = segment(text);
  const before = JSON.stringify(seg);
  assert.ok(seg.tokens[0]!.tags.includes('Verb'), 'compromise reads "Patch" as a verb');
  const named = withNames(seg, [person(text, 'Patch')]);
  const t = named.tokens[0]!;
  assert.ok(t.tags.includes('Person') && t.tags.includes('ProperNoun') && t.tags.includes('Noun'));
  assert.ok(!t.tags.includes('Verb'));
  assert.equal(named.tokens[1], seg.tokens[1], 'tokens outside a mention are shared, not copied');
  assert.equal(JSON.stringify(seg), before);
});

test('dates and no entities leave a segmentation without possessives untouched', () => {
  const text = 'On Friday the mayor said the pool would reopen.';
  const seg = segment(text);
  assert.equal(withNames(seg, []), seg);
  const start = text.indexOf('Friday');
  const date: DocEntity = { type: 'date', name: '2025-03-14', aliases: [], mentions: [{ type: 'date', text: 'Friday', start, end: start + 6, sentence: 0 }] };
  assert.equal(withNames(seg, [date]), seg);
});

test('a possessive compromise took for "is" before a noun, a name or a date is mended; "it\'s" is left alone', () => {
  const seg = segment("She told BBC Radio 4's Today programme that nurses were tired. It's raining.");
  const hidden = seg.tokens.findIndex((t, i) => t.text === '' && seg.tokens[i - 1]!.text === "4's");
  assert.ok(hidden > 0 && seg.tokens[hidden]!.tags.includes('Copula'), 'compromise reads "4\'s" as "4 is"');
  const named = withNames(seg, []);
  assert.deepEqual(named.tokens[hidden]!.tags, []);
  assert.ok(named.tokens[hidden - 1]!.tags.includes('Possessive'));
  const its = seg.tokens.findIndex((t, i) => t.text === '' && seg.tokens[i - 1]!.text === "It's");
  assert.equal(named.tokens[its], seg.tokens[its]);
});
