import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { packPut } from '../../src/cache/index.js';
import { packName, readPack, writePack } from '../../src/cache/pack.js';
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
  return path.join(dir, name.slice(0, 2), `${name}.pack`);
}

test('a pack gives back each summary under its key, and is named by the paths it covers', () => {
  const c = { dir: tempDir(), fingerprint: 'f' };
  const name = packName(c, ['a.txt', 'b.txt']);
  assert.notEqual(name, packName(c, ['a.txt', 'c.txt']));
  assert.notEqual(name, packName({ ...c, fingerprint: 'g' }, ['a.txt', 'b.txt']));
  writePack(c, name, [{ key: 'k1', summary: summary('ana') }, { key: 'k2', summary: summary('ben') }]);
  const found = readPack(c, name)!;
  assert.deepEqual([...found.keys()], ['k1', 'k2']);
  assert.deepEqual(found.get('k2')!(), summary('ben'));
  const once = found.get('k1')!();
  once.claims[0]!.id = 'claim:x:1';
  assert.deepEqual(found.get('k1')!(), summary('ana'), 'each unpacking is a summary of its own');
  assert.equal(readPack(c, packName(c, ['a.txt'])), null);
});

test('a damaged, truncated or foreign pack is not read, and the damaged file is removed', () => {
  const c = { dir: tempDir(), fingerprint: 'f' };
  const name = packName(c, ['a.txt']);
  const file = packFile(c.dir, name);
  writePack(c, name, [{ key: 'k1', summary: summary('ana') }]);
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.replace('"ana"', '"anb"'));
  assert.equal(readPack(c, name), null);
  assert.equal(fs.existsSync(file), false);
  fs.writeFileSync(file, text.slice(0, text.length - 20));
  assert.equal(readPack(c, name), null, 'truncated');
  const other = packName(c, ['b.txt']);
  fs.mkdirSync(path.dirname(packFile(c.dir, other)), { recursive: true });
  fs.writeFileSync(packFile(c.dir, other), text);
  assert.equal(readPack(c, other), null, 'foreign');
  fs.writeFileSync(file, text);
  assert.deepEqual(readPack(c, name)!.get('k1')!(), summary('ana'));
});

test('a sound file that refers to strings it lacks is not taken for a pack', () => {
  const c = { dir: tempDir(), fingerprint: 'f' };
  const name = packName(c, ['a.txt']);
  packPut(c, name, JSON.stringify([['anonymous'], [['k1', 'ok', [], [], [0, 1]]]]));
  assert.equal(readPack(c, name), null);
  packPut(c, name, JSON.stringify([['anonymous', 'bridge'], [['k1', 'ok', [], [], [0, 1]]]]));
  assert.deepEqual(readPack(c, name)!.get('k1')!().claims, [{ id: '', source: 'anonymous', words: 'bridge' }]);
});
