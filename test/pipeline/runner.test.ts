import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeOptions } from '../../src/options.js';
import { BYTES_PER_THREAD, threadsFor } from '../../src/pipeline/runner.js';

test('without --jobs, a small input uses fewer threads than cores: one per 512 KB, at least one', () => {
  assert.equal(threadsFor(2, 0, 100), 1);
  assert.equal(threadsFor(2, 300 * 1024, 100), 1);
  assert.equal(threadsFor(2, BYTES_PER_THREAD + 1, 100), 2);
  assert.equal(threadsFor(2, 50 * 1024 * 1024, 100), 2);
  assert.equal(threadsFor(8, 3 * BYTES_PER_THREAD, 100), 3);
  assert.equal(normalizeOptions({ patterns: ['x'] }).autoJobs, true);
  assert.deepEqual([normalizeOptions({ patterns: ['x'], jobs: 2 })].map((o) => [o.jobs, o.autoJobs]), [[2, false]]);
});

test('never more threads than files: one large file is analysed in the main thread; --jobs is taken as given otherwise', () => {
  assert.equal(threadsFor(2, 4 * 1024 * 1024, 1), 1);
  assert.equal(threadsFor(2, 4 * 1024 * 1024, 2), 2);
  assert.equal(threadsFor(4, 0, 3, false), 3);
  assert.equal(threadsFor(4, 0, 0, false), 1);
  assert.equal(threadsFor(2, 0, 10, false), 2);
});
