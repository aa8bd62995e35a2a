import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { discover, STDIN_PATH } from '../../src/discover/index.js';
import { ExtractError } from '../../src/errors.js';
import { tempDir } from '../helpers/cli.js';

function tree(): string {
  const dir = tempDir();
  for (const f of ['b.txt', 'a.txt', 'notes.md', 'sub/c.txt', 'sub/deep/d.txt']) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), 'x');
  }
  fs.mkdirSync(path.join(dir, 'folder.txt'));
  return dir;
}

test('patterns expand, sort by path, drop duplicates and directories', () => {
  const dir = tree();
  const r = discover(['*.txt', 'a.txt', '**/*.txt'], [], dir);
  assert.deepEqual(r.sources.map((s) => s.path), ['a.txt', 'b.txt', 'sub/c.txt', 'sub/deep/d.txt']);
  assert.ok(r.sources.every((s) => s.file && path.isAbsolute(s.file)));
});

test('a directory argument means the .txt files below it', () => {
  const dir = tree();
  assert.deepEqual(discover(['sub'], [], dir).sources.map((s) => s.path), ['sub/c.txt', 'sub/deep/d.txt']);
});

test('--ignore applies to patterns and to plain paths', () => {
  const dir = tree();
  assert.deepEqual(discover(['**/*.txt'], ['sub/**'], dir).sources.map((s) => s.path), ['a.txt', 'b.txt']);
  assert.deepEqual(discover(['a.txt', 'b.txt'], ['b.txt'], dir).sources.map((s) => s.path), ['a.txt']);
});

test('- is standard input, listed first', () => {
  const dir = tree();
  const r = discover(['b.txt', '-'], [], dir);
  assert.deepEqual(r.sources.map((s) => s.path), [STDIN_PATH, 'b.txt']);
  assert.equal(r.sources[0]!.file, null);
});

test('nothing matched is NO_MATCH; a pattern that matched nothing beside others is a warning', () => {
  const dir = tree();
  assert.throws(() => discover(['*.pdf'], [], dir), (e: unknown) => e instanceof ExtractError && e.code === 'NO_MATCH');
  assert.throws(() => discover(['gone.txt'], [], dir), (e: unknown) => e instanceof ExtractError && e.code === 'NO_MATCH');
  const r = discover(['a.txt', '*.pdf', 'gone.txt'], [], dir);
  assert.deepEqual(r.unmatched, ['*.pdf']);
  assert.deepEqual(r.diagnostics.map((d) => d.code), ['PATTERN_UNMATCHED']);
  assert.deepEqual(r.missing.map((m) => m.path), ['gone.txt']);
});
