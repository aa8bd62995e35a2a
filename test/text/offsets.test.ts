import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codePointLength, codePointMapper } from '../../src/text/offsets.js';

test('code point offsets: astral characters count once, BMP text is unchanged', () => {
  const text = 'a😀b𝄞c';
  const cp = codePointMapper(text);
  assert.deepEqual([0, 1, 3, 4, 6, 7].map(cp), [0, 1, 2, 3, 4, 5]);
  assert.equal(codePointLength(text), 5);
  assert.equal(codePointMapper('plain')(3), 3);
});
