import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unshout } from '../../src/text/keys.js';

test('a name known only in capitals is displayed as running text writes it; acronyms stay', () => {
  assert.equal(unshout('ROTTERDAM'), 'Rotterdam');
  assert.equal(unshout('SAINT-DENIS'), 'Saint-Denis');
  assert.equal(unshout('WASHINGTON DC'), 'Washington DC');
  assert.equal(unshout('NATO'), 'NATO');
  assert.equal(unshout('Rotterdam'), 'Rotterdam');
});
