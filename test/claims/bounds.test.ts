// The content-boundary model: it ships, loads once, and moves edges the way news annotation places them.
// Sentences are written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { findClaims } from '../../src/claims/index.js';
import { hasBoundsModel, setBoundsModel, type BoundsWeights } from '../../src/claims/bounds.js';
import { segment } from '../../src/segment/index.js';
import { ROOT } from '../helpers/paths.js';

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
function content(text: string, cue: string): string {
  const c = findClaims(segment(text), []).find((x) => x.cue.text === cue);
  assert.ok(c, `no claim with cue "${cue}"`);
  assert.equal(text.slice(c.content.start, c.content.end), c.content.text);
  return words(c.content.text);
}

test('the boundary model ships with the package and is loaded', () => {
  assert.ok(hasBoundsModel());
  const file = JSON.parse(fs.readFileSync(`${ROOT}/model/claims-bounds.json`, 'utf8')) as BoundsWeights & { about: string };
  assert.match(file.about, /PolNeAR/);
  assert.ok(Object.keys(file.start).length > 100 && Object.keys(file.end).length > 100);
});

test('the model, not the rules, places the start: "questions about X" is about X', () => {
  const text = 'The mayor did not answer questions about the stadium deal.';
  assert.equal(content(text, 'did not answer'), 'the stadium deal');
  const file = JSON.parse(fs.readFileSync(`${ROOT}/model/claims-bounds.json`, 'utf8')) as BoundsWeights;
  setBoundsModel(null);
  try {
    assert.equal(content(text, 'did not answer'), 'questions about the stadium deal');
  } finally {
    setBoundsModel(file);
  }
});

test('an appositive after the content is the writer\'s gloss, not the claim', () => {
  assert.equal(content('She has urged voters to reject the measure, a proposal that would raise property taxes.', 'has urged'), 'voters to reject the measure');
});

test('the model keeps edges the rules place on purpose', () => {
  // a coordinated claim's cue, a subordinate clause's end, a quotation's extent
  assert.equal(content('The mayor said the budget was balanced and vowed to cut taxes next year.', 'said'), 'the budget was balanced');
  assert.equal(content('When the director said that talks had stalled, shares fell.', 'said'), 'that talks had stalled');
  assert.equal(content('“We will rebuild the bridge before winter,” the minister said.', 'said'), 'We will rebuild the bridge before winter');
});
