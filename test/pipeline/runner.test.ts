import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeOptions } from '../../src/options.js';
import { BYTES_PER_THREAD, threadsFor } from '../../src/pipeline/runner.js';

test('without --jobs, a small input uses fewer threads than cores: one per 512 KB, at least one', () => {
  assert.equal(threadsFor(2, 0), 1);
  assert.equal(threadsFor(2, 300 * 1024), 1);
  assert.equal(threadsFor(2, BYTES_PER_THREAD + 1), 2);
  assert.equal(threadsFor(2, 50 * 1024 * 1024), 2);
  assert.equal(threadsFor(8, 3 * BYTES_PER_THREAD), 3);
  assert.equal(normalizeOptions({ patterns: ['x'] }).autoJobs, true);
  assert.deepEqual([normalizeOptions({ patterns: ['x'], jobs: 2 })].map((o) => [o.jobs, o.autoJobs]), [[2, false]]);
});
