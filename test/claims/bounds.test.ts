// The boundary models: they ship, load once, and move a content's edges and a cue's end the way news
// annotation places them.
// Sentences are written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { findClaims } from '../../src/claims/index.js';
import { hasBoundsModel, setBoundsModel, type BoundsWeights } from '../../src/claims/bounds.js';
import { segment } from '../../src/segment/index.js';
import { ROOT } from '../helpers/paths.js';

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
function claim(text: string, cue: string) {
  const c = findClaims(segment(text), []).find((x) => x.cue.text.startsWith(cue));
  assert.ok(c, `no claim with a cue starting "${cue}"`);
  for (const s of [c.cue, c.content]) assert.equal(text.slice(s.start, s.end), s.text);
  return c;
}
const content = (text: string, cue: string): string => words(claim(text, cue).content.text);

test('the boundary model ships with the package and is loaded', () => {
  assert.ok(hasBoundsModel());
  const file = JSON.parse(fs.readFileSync(`${ROOT}/model/claims-bounds.json`, 'utf8')) as BoundsWeights & { about: string };
  assert.match(file.about, /PolNeAR/);
  assert.ok(Object.keys(file.start).length > 100 && Object.keys(file.end).length > 100);
});

test('the models, not the rules, place the edges: "did not answer questions about" X is about X', () => {
  const text = 'He did not answer questions about the stadium deal.';
  assert.equal(content(text, 'did not answer'), 'the stadium deal');
  // the light verb's object goes to the cue, as news annotation has it
  assert.equal(claim(text, 'did not answer').cue.text, 'did not answer questions about');
  const file = JSON.parse(fs.readFileSync(`${ROOT}/model/claims-bounds.json`, 'utf8')) as BoundsWeights;
  setBoundsModel(null);
  try {
    assert.equal(content(text, 'did not answer'), 'questions about the stadium deal');
    assert.equal(claim(text, 'did not answer').cue.text, 'did not answer');
  } finally {
    setBoundsModel(file);
  }
});

test('the model keeps edges the rules place on purpose', () => {
  // a coordinated claim's cue, a subordinate clause's end, a quotation's extent
  assert.equal(content('The mayor said the budget was balanced and vowed to cut taxes next year.', 'said'), 'the budget was balanced');
  assert.equal(content('When the director said that talks had stalled, shares fell.', 'said'), 'that talks had stalled');
  assert.equal(content('“We will rebuild the bridge before winter,” the minister said.', 'said'), 'We will rebuild the bridge before winter');
});
