import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/paths.js';
import { freshCompromise, nlp } from '../../src/nlp/index.js';

// compromise's own build, in a world of its own without our plugin: the reference for every tag.
const plain = freshCompromise();

const SENTENCES = [
  'According to people close to the campaign, the vote will be delayed until March.',
  "Jordan's Ayman Safadi said the crossing would stay open, but officials in Amman were less sure.",
  '"We will respond," he said, "at a time of our choosing."',
  'The minister, who had been accused of lying, denied the report on Tuesday and vowed to sue.',
  'Prices rose 4.5% in the third quarter; the central bank has not commented.',
  'Two people familiar with the matter told Reuters that the deal was off.',
  "She'd have gone if they hadn't cancelled the flight to Kyiv at 6 p.m.",
  'KYIV (Newswire) - Russian forces shelled the outskirts of Kherson overnight, officials said.',
  'The council will vote on the budget; residents can comment until mid-July 2025.',
  'Walking home, Mr. Okoro, citing the latest survey, said the party would win easily.',
];

const tagsOf = (doc: unknown): string[] =>
  (doc as { document: Array<Array<{ text: string; tags: Set<string>; switch?: string }>> }).document
    .flat().map((t) => `${t.text}/${[...t.tags].sort().join(',')}/${t.switch ?? ''}`);

test("the faster sweep gives every term exactly compromise's own tags", () => {
  for (const s of SENTENCES) assert.deepEqual(tagsOf(nlp(s)), tagsOf(plain(s)), s);
  const all = SENTENCES.join('\n\n');
  assert.deepEqual(tagsOf(nlp(all)), tagsOf(plain(all)));
});

test("the faster sweep gives compromise's own tags on every sample article", () => {
  const dir = path.join(ROOT, 'input');
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const text = fs.readFileSync(path.join(dir, f), 'latin1');
    assert.deepEqual(tagsOf(nlp(text)), tagsOf(plain(text)), f);
  }
});

test('the faster sweep is the one compromise runs', () => {
  const methods = nlp.methods() as unknown as { one: { bulkMatch: unknown } };
  const reference = plain.methods() as unknown as { one: { bulkMatch: unknown } };
  assert.notEqual(methods.one.bulkMatch, reference.one.bulkMatch);
});

test('the second pass still corrects the first: a noun after "the" is not left a verb', () => {
  const terms = (nlp('The campaign said the vote was close.') as unknown as { document: Array<Array<{ text: string; tags: Set<string> }>> }).document[0]!;
  const campaign = terms.find((t) => t.text === 'campaign')!;
  assert.ok(campaign.tags.has('Noun'), [...campaign.tags].join(','));
});

test("the faster sweep returns compromise's own matches, in compromise's order", () => {
  /* eslint-disable @typescript-eslint/no-explicit-any -- compromise's internals are untyped */
  const reference = freshCompromise();
  const world = reference.world() as any;
  const { methods } = world;
  // buildNet parses the patterns in place, and compromise's own tagger builds its net from them too
  const net = methods.one.buildNet((world.model.two.matches as object[]).map((m) => ({ ...m })), world);
  const ours = (nlp.methods() as any).one.bulkMatch;
  const dir = path.join(ROOT, 'input');
  const texts = [...SENTENCES, ...fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'latin1'))];
  const show = (results: any[]): string[] => results.map((r) => `${r.match} ${r.pointer.join(',')}`);
  let found = 0;
  for (const text of texts) {
    const clauses = methods.two.quickSplit((reference(text) as any).docs);
    const theirs = show(methods.one.bulkMatch(clauses, net, methods));
    assert.deepEqual(show(ours(clauses, net, methods)), theirs, text.slice(0, 60));
    found += theirs.length;
  }
  assert.ok(found > 100, `${found} matches`);
});
