import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PACK_UNUSED_DAYS, packPut, packTouch, prunePacks } from '../../src/cache/index.js';
import { PACK_MAX, PACK_SIZE, packName, packStarts, readPack, writePack } from '../../src/cache/pack.js';
import { contentKey, type LinkSummary } from '../../src/link/summary.js';
import { tempDir } from '../helpers/cli.js';

const summary = (who: string): LinkSummary => ({
  status: 'ok',
  diagnostics: [{ code: 'NOT_UTF8', severity: 'warning', message: 'not valid UTF-8; decoded as Windows-1252' }],
  entities: [
    { id: `person:${who}`, type: 'person', name: who, aliases: ['Ruiz'], mentions: 3 },
    { id: 'date:2025-03-14', type: 'date', name: 'Friday', value: '2025-03-14', aliases: [], mentions: 1 },
  ],
  claims: [
    { id: '', source: `person:${who}`, words: contentKey('The bridge will reopen on Friday') },
    { id: '', source: 'anonymous', words: contentKey('The bridge will reopen on Friday') },
    { id: '', source: 'anonymous', words: '' },
  ],
});

function packFile(dir: string, name: string): string {
  return path.join(dir, 'packs', `${name}.pack`);
}

test('a pack gives back each summary under its key, and is named by the path that begins it', () => {
  const c = { dir: tempDir(), fingerprint: 'f' };
  const name = packName('a.txt');
  assert.notEqual(name, packName('b.txt'));
  writePack(c, name, [{ key: 'k1', summary: summary('ana') }, { key: 'k2', summary: summary('ben') }]);
  const found = readPack(c, name)!;
  assert.deepEqual([...found.keys()], ['k1', 'k2']);
  assert.deepEqual(found.get('k2')!(), summary('ben'));
  const once = found.get('k1')!();
  once.claims[0]!.id = 'claim:x:1';
  assert.deepEqual(found.get('k1')!(), summary('ana'), 'each unpacking is a summary of its own');
  assert.equal(readPack(c, packName('b.txt')), null);
});

test('a damaged, truncated or foreign pack is not read, and the damaged file is removed', () => {
  const c = { dir: tempDir(), fingerprint: 'f' };
  const name = packName('a.txt');
  const file = packFile(c.dir, name);
  writePack(c, name, [{ key: 'k1', summary: summary('ana') }]);
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.replace('"ana"', '"anb"'));
  assert.equal(readPack(c, name), null);
  assert.equal(fs.existsSync(file), false);
  fs.writeFileSync(file, text.slice(0, text.length - 20));
  assert.equal(readPack(c, name), null, 'truncated');
  const other = packName('b.txt');
  fs.mkdirSync(path.dirname(packFile(c.dir, other)), { recursive: true });
  fs.writeFileSync(packFile(c.dir, other), text);
  assert.equal(readPack(c, other), null, 'foreign');
  fs.writeFileSync(file, text);
  assert.deepEqual(readPack(c, name)!.get('k1')!(), summary('ana'));
});

test('a sound file that refers to strings it lacks is not taken for a pack', () => {
  const c = { dir: tempDir(), fingerprint: 'f' };
  const name = packName('a.txt');
  packPut(c, name, JSON.stringify([['anonymous'], [['k1', 'ok', [], [], [0, 1]]]]));
  assert.equal(readPack(c, name), null);
  packPut(c, name, JSON.stringify([['anonymous', 'bridge'], [['k1', 'ok', [], [], [0, 1]]]]));
  assert.deepEqual(readPack(c, name)!.get('k1')!().claims, [{ id: '', source: 'anonymous', words: 'bridge' }]);
});

/** The packs of these paths: each one's name and paths. */
function packsOf(paths: string[]): Map<string, string[]> {
  const starts = packStarts(paths);
  return new Map(starts.map((from, i) => [packName(paths[from]!), paths.slice(from, starts[i + 1] ?? paths.length)]));
}

test('adding or removing one path changes the one pack it falls in (or splits or joins two), no other', () => {
  const paths = Array.from({ length: 5000 }, (_, i) => `news/${String(Math.floor(i / 500)).padStart(3, '0')}/a${String(i).padStart(6, '0')}.txt`);
  const before = packsOf(paths);
  assert.ok(before.size > 5000 / PACK_SIZE / 2 && before.size < (5000 / PACK_SIZE) * 2, `${before.size} packs`);
  assert.ok([...before.values()].every((p) => p.length <= PACK_MAX));
  const changed = (after: Map<string, string[]>): number =>
    [...new Set([...before.keys(), ...after.keys()])].filter((name) => before.get(name)?.join() !== after.get(name)?.join()).length;
  for (const at of [0, 1, 1234, 2500, 4999]) {
    const added = [...paths.slice(0, at), `${paths[at]!.slice(0, -4)}b.txt`, ...paths.slice(at)];
    assert.ok(changed(packsOf(added)) <= 2, `adding at ${at}`);
    const removed = paths.filter((_, i) => i !== at);
    assert.ok(changed(packsOf(removed)) <= 2, `removing at ${at}`);
  }
});

test('a stretch of paths none of which begins a pack is cut at PACK_MAX', () => {
  const paths = Array.from({ length: 3 * PACK_MAX }, (_, i) => `x${i}`).filter((p, i) => i === 0 || packStarts(['', p]).length === 1);
  assert.ok(packStarts(paths).every((from, i, starts) => (starts[i + 1] ?? paths.length) - from <= PACK_MAX));
  assert.ok(packStarts(paths).length >= 2);
});

test('packs unused for PACK_UNUSED_DAYS are pruned, unless in use; recent ones are kept', () => {
  const c = { dir: tempDir(), fingerprint: 'f' };
  const [old, recent, used, touched] = ['a.txt', 'b.txt', 'c.txt', 'd.txt'].map(packName);
  for (const name of [old, recent, used, touched]) writePack(c, name!, [{ key: 'k1', summary: summary('ana') }]);
  const longAgo = new Date(Date.now() - (PACK_UNUSED_DAYS + 1) * 86_400_000);
  for (const name of [old, used, touched]) fs.utimesSync(packFile(c.dir, name!), longAgo, longAgo);
  packTouch(c, touched!);
  prunePacks(c, new Set([used!]));
  assert.equal(fs.existsSync(packFile(c.dir, old!)), false);
  for (const name of [recent, used, touched]) assert.ok(readPack(c, name!), 'kept');
  prunePacks({ dir: tempDir(), fingerprint: 'f' }, new Set());
});
