import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/paths.js';
import { freshCompromise } from '../../src/nlp/index.js';
import { indexClause } from '../../src/nlp/clause.js';
import { matchClause, planOf, type Match } from '../../src/nlp/starts.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- compromise's internals are untyped */
const nlp = freshCompromise();
const world = nlp.world() as any;
const { methods } = world;
// buildNet parses the patterns in place, and compromise's own tagger builds its net from them too
const copies = (world.model.two.matches as object[]).map((m) => ({ ...m }));
const net = methods.one.buildNet(copies, world) as { hooks: Record<string, any[]> };
const patterns = [...new Set(Object.values(net.hooks).flat())];
const match = methods.one.match as Match;

// Contractions, hyphens, and the starts the shortcut reads: (a|b) and (a && b) blocks, repeats, $ ends.
const TRICKY = [
  "We've said we'll go, but they don't think she'd have gone; it isn't over, y'all.",
  'The self-driving car, a faith-based group and a well-known vacuum-sealed pack were on sale.',
  'He had never seen such a dark red sky, and the hard-working crew said it was very late.',
  'Hundreds of thousands of people, two-thirds of them women, marched on Tuesday March 4.',
  'Lieutenant General Smith and Captain Jones gave up on the plan, then backed it up.',
  'The US Treasury Secretary Robert Rubin, chief executive officer John Smith, and the king met.',
  'Do not go! Did they not say so? Will it never end? Had she been told, she got angry.',
  'North and south east Asia saw 3 out of every 4 farms shut down in one in five years.',
];

function clauses(text: string): any[][] {
  return methods.two.quickSplit((nlp(text) as any).docs);
}

test('most sweep patterns run only from the starts that can match', () => {
  const planned = patterns.filter((p) => planOf(p) !== null).length;
  assert.ok(planned > patterns.length * 0.8, `${planned} of ${patterns.length}`);
});

const dir = path.join(ROOT, 'input');
const texts = [...TRICKY, ...fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'latin1'))];

test("a clause's index is filed under exactly compromise's cache keys", () => {
  for (const text of texts) {
    for (const terms of clauses(text)) {
      const [cache] = methods.one.cacheDoc([terms]) as Array<Set<string>>;
      assert.deepEqual(new Set(indexClause(terms).at.keys()), cache);
    }
  }
});

test("every sweep pattern finds, from its passing starts, exactly compromise's own matches", () => {
  let found = 0;
  for (const text of texts) {
    for (const terms of clauses(text)) {
      const index = indexClause(terms);
      for (const p of patterns) {
        const theirs = match([terms], p).ptrs;
        const where = `${p.match} on "${terms.map((t) => t.text).join(' ')}"`;
        assert.deepEqual(matchClause(terms, p, match), theirs, where);
        assert.deepEqual(matchClause(terms, p, match, index), theirs, where);
        found += theirs.length;
      }
    }
  }
  assert.ok(found > 100, `${found} matches`);
});
