// The boundary models' scorer: the best candidate under weights read from a Map, whatever their number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Best, atomName, clip, key } from '../../src/claims/bounds-view.js';

test('the highest sum wins; features without a weight count nothing; a tie goes to the rule', () => {
  const w = new Map([[key(1, 2), 0.5], [key(1, 3), -1], [key(2, 7, 9), 2]]);
  const best = new Best().reset(w, 1);
  best.next(0); best.add(key(1, 2)); best.add(key(4, 4));
  best.next(1); best.add(key(1, 3)); best.add(key(2, 7, 9));
  best.next(2); best.add(key(2, 7, 8));
  assert.equal(best.close(), 1);
  best.reset(w, 2);
  best.next(0); best.add(key(9, 9));
  best.next(2); best.add(key(9, 8));
  assert.equal(best.close(), 2);
});

test('sums over thousands of weights are those of the Map they come from', () => {
  const w = new Map<number, number>();
  let seed = 7;
  const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let i = 0; i < 5000; i++) w.set(key(rand(18), rand(4096), rand(4096)), rand(1000) / 100 - 5);
  const keys = [...w.keys()];
  const rival = key(31, 0);
  for (let trial = 0; trial < 30; trial++) {
    const feats = Array.from({ length: 20 }, () => (rand(2) ? keys[rand(keys.length)]! : key(rand(18), rand(4096), rand(4096))));
    const sum = feats.reduce((z, f) => z + (w.get(f) ?? 0), 0);
    // a rival scoring exactly that sum ties with candidate 0: the rule's choice wins either way round
    const m = new Map(w).set(rival, sum);
    for (const rule of [0, 1]) {
      const best = new Best().reset(m, rule);
      best.next(0); for (const f of feats) best.add(f);
      best.next(1); best.add(rival);
      assert.equal(best.close(), rule);
    }
  }
});

test('clip: the same distance reads by its own range, whichever range was asked first', () => {
  assert.equal(atomName(clip(-5, -8, 8)), '-5');
  assert.equal(atomName(clip(-5, -4, 6)), 'lo');
  assert.equal(atomName(clip(7, -4, 6)), 'hi');
  assert.equal(atomName(clip(7, -8, 8)), '7');
});
