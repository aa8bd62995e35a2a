// Bigram atoms found by word numbers give the ids their strings name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Bigrams, BY_STRING, NO_BIGRAM, splitBigram } from '../../src/ner/bigrams.js';

test('bigram atoms split into their words unless a word holds the separator', () => {
  assert.deepEqual(splitBigram('bp:new|york'), ['bp', 'new', 'york']);
  assert.deepEqual(splitBigram('bn:|x'), ['bn', '', 'x']);
  assert.equal(splitBigram('bp:a|b|c'), null);
  assert.equal(splitBigram('w:new'), null);
});

test('pairs find the id of the atom they were stored as, and only in their direction', () => {
  // atoms 10 'bp:new|york', 11 'bp:york|new', 12 'bn:new|york'
  const bg = new Bigrams(['new', 'york'], Int32Array.from([0, 1, 1, 0, 0, 1]), 2, 10);
  const [n, y] = [bg.word('new'), bg.word('york')];
  assert.equal(bg.pair(n, y, true), 10);
  assert.equal(bg.pair(y, n, true), 11);
  assert.equal(bg.pair(n, y, false), 12);
  assert.equal(bg.pair(y, n, false), -1);
  assert.equal(bg.pair(n, n, true), -1);
  assert.equal(bg.word('boston'), NO_BIGRAM);
  assert.equal(bg.word('a|b'), BY_STRING);
});
