import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { cacheGet, cacheKey, cachePut, cacheRead } from '../../src/cache/index.js';
import { linkSummary, packSummary, unpackSummary } from '../../src/link/summary.js';
import type { OutDocument } from '../../src/types.js';
import { analysisModules, codeFingerprint, dependencyVersions } from '../../src/pipeline/fingerprint.js';
import { ROOT } from '../helpers/paths.js';
import { cachedJson, processTask } from '../../src/pipeline/task.js';
import { tempDir } from '../helpers/cli.js';

const doc: OutDocument = {
  path: 'a.txt', sha256: 'ab'.repeat(32), status: 'ok', error: null, encoding: 'utf-8', chars: 3, sentences: 1, diagnostics: [], entities: [], claims: [],
};

test('the key changes with content, code and reference date', () => {
  const c = { dir: '/x', fingerprint: '1.0.0+abc' };
  const k = cacheKey(c, 'h1', '2025-01-01');
  assert.notEqual(k, cacheKey(c, 'h2', '2025-01-01'));
  assert.notEqual(k, cacheKey(c, 'h1', '2025-01-02'));
  assert.notEqual(k, cacheKey({ dir: '/x', fingerprint: '1.0.0+abd' }, 'h1', '2025-01-01'));
});

test('a stored document comes back; a tampered or foreign entry is dropped', () => {
  const c = { dir: tempDir(), fingerprint: 'f' };
  const key = cacheKey(c, 'h', '2025-01-01');
  cachePut(c, key, doc, packSummary(linkSummary(doc)));
  assert.deepEqual(cacheGet(c, key), doc);
  assert.deepEqual(unpackSummary(cacheRead(c, key)!.summary), linkSummary(doc));
  const file = path.join(c.dir, key.slice(0, 2), `${key}.json`);
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"chars":3', '"chars":4'));
  assert.equal(cacheGet(c, key), null);
  assert.equal(fs.existsSync(file), false);
  const other = cacheKey(c, 'other', '2025-01-01');
  cachePut(c, key, doc, packSummary(linkSummary(doc)));
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('[]]', '[[]]'));
  assert.equal(cacheRead(c, key), null, 'a tampered summary is detected too');
  cachePut(c, key, doc, packSummary(linkSummary(doc)));
  fs.mkdirSync(path.join(c.dir, other.slice(0, 2)), { recursive: true });
  fs.copyFileSync(file, path.join(c.dir, other.slice(0, 2), `${other}.json`));
  assert.equal(cacheGet(c, other), null);
});

test('the code fingerprint covers the modules that read and analyse a document, not linking or writing', () => {
  const modules = analysisModules().map((f) => path.relative(path.dirname(path.dirname(f)), f).split(path.sep).join('/'));
  for (const m of ['pipeline/task.js', 'pipeline/document.js', 'read/decode.js', 'segment/index.js', 'ner/model.js', 'entities/index.js', 'claims/index.js', 'dates/index.js']) {
    assert.ok(modules.includes(m), `${m} is fingerprinted`);
  }
  for (const m of ['pipeline/index.js', 'link/index.js', 'link/clusters.js', 'write/index.js', 'cli/main.js']) assert.ok(!modules.includes(m), `${m} is not`);
  assert.match(codeFingerprint(), /^\d+\.\d+\.\d+\+[0-9a-f]{16}$/);
});

test("a cached document's JSON read again in pass 2: from its entry, else analysed afresh, never from changed bytes", async () => {
  const dir = tempDir();
  const file = path.join(dir, 'a.txt');
  fs.writeFileSync(file, 'Officials said on Monday that the bridge had reopened.\n');
  const cache = { dir: tempDir(), fingerprint: codeFingerprint() };
  const task = { source: { path: 'a.txt', file }, referenceDate: '2025-03-15', cache };
  const doc = await processTask(task);
  const key = cacheKey(cache, doc.sha256!, task.referenceDate);
  assert.equal(await cachedJson(task, key), JSON.stringify(doc));
  const entry = path.join(cache.dir, key.slice(0, 2), `${key}.json`);
  fs.writeFileSync(entry, fs.readFileSync(entry, 'utf8').replace('"sentences":1', '"sentences":2'));
  assert.equal(await cachedJson(task, key), JSON.stringify(doc), 'a damaged entry is analysed afresh');
  assert.deepEqual(cacheGet(cache, key), doc, 'and stored again');
  fs.rmSync(entry);
  fs.appendFileSync(file, 'More text.\n');
  await assert.rejects(cachedJson(task, key), /changed while extract was running/);
});

test('the fingerprints cover the installed version of every runtime dependency', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const installed = (name: string) => (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  assert.equal(dependencyVersions(), Object.keys(pkg.dependencies).sort().map((n) => `${n}@${installed(n)}`).join(','));
});
