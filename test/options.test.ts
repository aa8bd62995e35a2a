import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ExtractError } from '../src/errors.js';
import { isIsoDay, normalizeOptions, todayUtc } from '../src/options.js';

const code = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return e instanceof ExtractError ? e.code : 'OTHER';
  }
  return 'NONE';
};

test('formats: comma lists and repeats, deduplicated, in a fixed order', () => {
  assert.deepEqual(normalizeOptions({ patterns: ['a'], format: ['jsonl,csv', 'JSON', 'csv'] }).formats, ['csv', 'json', 'jsonl']);
  assert.equal(code(() => normalizeOptions({ patterns: ['a'], format: 'xml' })), 'BAD_FORMAT');
  assert.equal(code(() => normalizeOptions({ patterns: ['a'], format: ',' })), 'BAD_FORMAT');
});

test('reference date: a real calendar day, default today in UTC', () => {
  assert.ok(isIsoDay('2024-02-29'));
  assert.ok(!isIsoDay('2023-02-29'));
  assert.ok(!isIsoDay('2024-2-9'));
  assert.equal(todayUtc(new Date('2025-03-01T23:30:00-05:00')), '2025-03-02');
  assert.equal(normalizeOptions({ patterns: ['a'] }).referenceDate, todayUtc());
  assert.equal(code(() => normalizeOptions({ patterns: ['a'], referenceDate: 'yesterday' })), 'BAD_REFERENCE_DATE');
});

test('out resolves against cwd; no patterns is a usage error', () => {
  assert.equal(normalizeOptions({ patterns: ['a'], cwd: '/tmp/x' }).out, path.resolve('/tmp/x/output'));
  assert.equal(code(() => normalizeOptions({ patterns: [] })), 'USAGE');
});
