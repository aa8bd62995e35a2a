// The subject finders on their own: token ranges for sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCtx, type Ctx } from '../../src/claims/context.js';
import { fullSubject, longAppositive, verbName } from '../../src/claims/subject.js';
import { segment } from '../../src/segment/index.js';
import { findClaims } from '../../src/claims/index.js';

const claims = (text: string) => findClaims(segment(text), []);

function setup(text: string, cue: string): { ctx: Ctx; c: number; words: (r: [number, number] | null) => string | null } {
  const ctx = buildCtx(segment(text));
  const c = ctx.toks.findIndex((t) => t.normal === cue);
  assert.ok(c > 0, `no "${cue}"`);
  const words = (r: [number, number] | null) => (r ? ctx.toks.slice(r[0], r[1] + 1).map((t) => t.text).filter(Boolean).join(' ') : null);
  return { ctx, c, words };
}

test('fullSubject: a head with modifiers runs to the cue; a second clause or a bare head does not', () => {
  let s = setup('Voters polled in the capital say prices are too high.', 'say');
  assert.equal(s.words(fullSubject(s.ctx, s.c - 1, 0)), 'Voters polled in the capital');
  s = setup('The mayor spoke over the noise as he said the vote was fair.', 'said');
  assert.equal(fullSubject(s.ctx, s.c - 1, 0), null);
  s = setup('The mayor said the vote was fair.', 'said');
  assert.equal(fullSubject(s.ctx, s.c - 1, 0), null, 'nothing after the head: the noun-phrase walk has it');
});

test('longAppositive: verbs only in relative clauses or participles; a coordinated clause stops it', () => {
  let s = setup('Lena Ruiz, a farmer whose land the river took, said the dam failed.', 'said');
  assert.equal(s.words(longAppositive(s.ctx, s.c - 1, 0)), 'Lena Ruiz a farmer whose land the river took');
  s = setup('Lena Ruiz, the farmer, sold her land, and said the dam failed.', 'said');
  assert.equal(longAppositive(s.ctx, s.c - 1, 0), null);
});

test('verbName: a capitalised word tagged as a verb, not an auxiliary', () => {
  const { ctx } = setup('Boreing said the club would meet.', 'said');
  assert.equal(verbName(ctx.toks[0]!), true);
  const other = setup('Will said the club would meet.', 'said');
  assert.equal(verbName(other.ctx.toks[0]!), false);
});

test('innerSubject: the subject of the clause a noun phrase opens, not the phrase', () => {
  const cases: Array<[string, string]> = [
    ['Everything Okafor says is disputed.', 'Okafor'],
    ['One of the reasons that Okafor refuses to resign is money.', 'Okafor'],
    ['Lee says Okafor promised to resign.', 'Okafor'],
    ['The feud turned bitter during the spring after Okafor questioned the audit.', 'Okafor'],
  ];
  for (const [text, want] of cases) {
    const c = claims(text).find((x) => x.source.text === want);
    assert.ok(c, `${text}: ${JSON.stringify(claims(text).map((x) => x.source.text))}`);
  }
  // a relative clause describing the subject stays in it
  assert.ok(claims('The union that represents the workers said the deal was dead.').some((x) => x.source.text === 'The union that represents the workers'));
});
