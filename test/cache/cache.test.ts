import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { cacheGet, cacheKey, cachePut } from '../../src/cache/index.js';
import type { OutDocument } from '../../src/types.js';
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
  cachePut(c, key, doc);
  assert.deepEqual(cacheGet(c, key), doc);
  const file = path.join(c.dir, key.slice(0, 2), `${key}.json`);
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"chars":3', '"chars":4'));
  assert.equal(cacheGet(c, key), null);
  assert.equal(fs.existsSync(file), false);
  const other = cacheKey(c, 'other', '2025-01-01');
  cachePut(c, key, doc);
  fs.mkdirSync(path.join(c.dir, other.slice(0, 2)), { recursive: true });
  fs.copyFileSync(file, path.join(c.dir, other.slice(0, 2), `${other}.json`));
  assert.equal(cacheGet(c, other), null);
});
