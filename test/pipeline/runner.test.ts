import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalizeOptions } from '../../src/options.js';
import { BYTES_PER_THREAD, createRunner, threadsFor, threadsToAnalyse } from '../../src/pipeline/runner.js';
import { processTask } from '../../src/pipeline/task.js';
import { tempDir } from '../helpers/cli.js';

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

test('with a cache, threads are chosen for what the cache lacks; beside cached documents, one document gets a worker', () => {
  const mb = 1024 * 1024;
  assert.deepEqual(threadsToAnalyse(2, 3000, 1, true, 3579), { threads: 1, worker: true });
  assert.deepEqual(threadsToAnalyse(2, 3000, 1, false, 3579), { threads: 1, worker: true });
  assert.deepEqual(threadsToAnalyse(8, 300 * 1024, 40, true, 3000), { threads: 1, worker: true });
  assert.deepEqual(threadsToAnalyse(8, 5 * mb, 400, true, 3000), { threads: 8, worker: true });
  assert.deepEqual(threadsToAnalyse(2, 300 * 1024, 40, true, 0), { threads: 1, worker: false }, 'nothing cached: the main thread is free');
  assert.deepEqual(threadsToAnalyse(1, 10 * mb, 400, false, 3000), { threads: 1, worker: false }, '--jobs 1: the main thread only');
  assert.deepEqual(threadsToAnalyse(2, 0, 0, true, 3000), { threads: 1, worker: false }, 'nothing to analyse: no thread started');
});

test('a warm runner, its thread started before any document, analyses as the main thread does; closing it twice is harmless', async () => {
  const task = { source: { path: 'note.txt', file: null }, referenceDate: '2025-03-15', bytes: new TextEncoder().encode('Officials said on Monday that the bridge had reopened.\n') };
  const warm = createRunner(2, true, true);
  try {
    assert.deepEqual(await warm.run(task), await processTask(task));
  } finally {
    await warm.close();
    await warm.close();
  }
});

test('a warm thread that fails as it starts ends neither the process nor the run: the pool closes as usual', () => {
  // The thread is made to throw at its start by a module loaded before its own (node --import).
  const hook = path.join(tempDir(), 'fail-warm.mjs');
  fs.writeFileSync(hook, "import { isMainThread, workerData } from 'node:worker_threads';\nif (!isMainThread && workerData?.warm) throw new Error('the warm thread fails');\n");
  const runner = new URL('../../src/pipeline/runner.js', import.meta.url).href;
  const script = `import { createRunner } from ${JSON.stringify(runner)};\nconst r = createRunner(2, true, true);\nawait new Promise((s) => setTimeout(s, 500));\nawait r.close();\nconsole.log('closed');\n`;
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'closed');
});

test('when every thread fails before it is ready, the documents queued for them are analysed in the main thread, not left waiting', () => {
  // Each pool thread throws as it starts (node --import); piscina starts no more after such a failure.
  const hook = path.join(tempDir(), 'fail-pool.mjs');
  fs.writeFileSync(hook, "import { isMainThread, workerData } from 'node:worker_threads';\nif (!isMainThread && workerData && 'warm' in workerData) throw new Error('no thread starts');\n");
  const src = (m: string): string => JSON.stringify(new URL(`../../src/pipeline/${m}`, import.meta.url).href);
  const script = [
    `import { createRunner } from ${src('runner.js')};`,
    `import { processTask } from ${src('task.js')};`,
    'const tasks = ["The mayor said on Monday that the bridge had reopened.", "Officials said the port would close.", "Rain fell."]',
    "  .map((t, i) => ({ source: { path: `d${i}.txt`, file: null }, referenceDate: '2025-03-15', bytes: new TextEncoder().encode(t) }));",
    'const r = createRunner(2, true);',
    'const docs = await Promise.all(tasks.map((t) => r.run(t)));',
    'await r.close();',
    'const plain = await Promise.all(tasks.map((t) => processTask(t)));',
    "console.log(JSON.stringify(docs) === JSON.stringify(plain) ? 'same' : 'differ', docs.map((d) => d.status).join(','));",
  ].join('\n');
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'same ok,ok,ok');
});
