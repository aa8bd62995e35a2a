// A cached run keeps finding its packs of summaries when files come and go, and the packs do not pile up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PACK_UNUSED_DAYS } from '../../src/cache/index.js';
import { packName, packStarts } from '../../src/cache/pack.js';
import { tempDir } from '../helpers/cli.js';
import { outputs, runHere } from '../helpers/run.js';

const PEOPLE = ['Anna Petrov', 'Omar Haddad', 'Maria Lopez', 'Sergei Novak', 'Fatima Okafor'];
const PLACES = ['Kyiv', 'Lagos', 'Berlin', 'Ankara', 'Manila', 'Lima'];
const FILES = 300;

/** Short articles, enough of them for several packs; some report the same claim. */
function corpus(): { dir: string; paths: string[] } {
  const dir = tempDir('extract-corpus-');
  const paths = Array.from({ length: FILES }, (_, i) => `d${String(i).padStart(4, '0')}.txt`);
  paths.forEach((p, i) => {
    const text = `${PEOPLE[i % PEOPLE.length]} said on Monday that the bridge in ${PLACES[i % PLACES.length]} would reopen in ${1990 + (i % 7)}.\n`;
    fs.writeFileSync(path.join(dir, p), text);
  });
  return { dir, paths };
}

const packFile = (cache: string, firstPath: string): string => path.join(cache, 'packs', `${packName(firstPath)}.pack`);
const packFiles = (cache: string): string[] => fs.readdirSync(path.join(cache, 'packs')).filter((f) => f.endsWith('.pack')).sort();

test('after a file is added or removed, a cached run still links the other documents from their packs, and equals a full run', async () => {
  const { dir, paths } = corpus();
  const starts = packStarts(paths);
  assert.ok(starts.length >= 3, `${starts.length} packs`);
  const cache = tempDir('extract-cache-');
  await runHere(dir, { jobs: 1, cache });
  assert.deepEqual(packFiles(cache), starts.map((i) => `${packName(paths[i]!)}.pack`).sort());

  // A new file inside the second pack: that pack is made again, in place; the others answer as they are.
  const added = `${paths[starts[1]! + 1]!.slice(0, -4)}b.txt`;
  fs.writeFileSync(path.join(dir, added), 'Omar Haddad said on Tuesday that the port in Lagos had closed.\n');
  const again = await runHere(dir, { jobs: 1, cache });
  assert.equal(again.summary.analysed, 1);
  assert.equal(again.summary.packed, FILES);
  assert.deepEqual(outputs(again.out), outputs((await runHere(dir, { jobs: 1 })).out));
  assert.equal(packFiles(cache).length, starts.length, 'no pack left behind');
  assert.equal((await runHere(dir, { jobs: 1, cache })).summary.packed, FILES + 1, 'and the remade pack holds the new file');

  // The file that began the second pack is removed: its documents join the first pack, which is made
  // again; the pack it began is left unused, and goes once it has been unused for long.
  const orphan = packFile(cache, paths[starts[1]!]!);
  fs.rmSync(path.join(dir, paths[starts[1]!]!));
  const removed = await runHere(dir, { jobs: 1, cache });
  assert.equal(removed.summary.analysed, 0);
  assert.equal(removed.summary.packed, FILES - (starts[2]! - starts[1]!));
  assert.deepEqual(outputs(removed.out), outputs((await runHere(dir, { jobs: 1 })).out));
  assert.equal((await runHere(dir, { jobs: 1, cache })).summary.packed, FILES, 'the first pack now holds them');
  assert.ok(fs.existsSync(orphan), 'a pack unused only lately stays (another corpus may use it)');
  const longAgo = new Date(Date.now() - (PACK_UNUSED_DAYS + 1) * 86_400_000);
  fs.utimesSync(orphan, longAgo, longAgo);
  for (const f of packFiles(cache)) if (path.join(cache, 'packs', f) !== orphan) fs.utimesSync(path.join(cache, 'packs', f), longAgo, longAgo);
  const pruned = await runHere(dir, { jobs: 1, cache });
  assert.equal(pruned.summary.packed, FILES);
  assert.equal(fs.existsSync(orphan), false);
  assert.equal(packFiles(cache).length, starts.length - 1, 'the packs in use are kept, however old');
});

test('a pack never answers for a document whose key it lacks, even under its own name', async () => {
  const { dir, paths } = corpus();
  const cache = tempDir('extract-cache-');
  const first = await runHere(dir, { jobs: 1, cache });
  // Every document's content changed, the paths kept: each pack is found by name, and answers for none.
  for (const p of paths) fs.appendFileSync(path.join(dir, p), 'Officials in Lima said the talks had stalled.\n');
  const changed = await runHere(dir, { jobs: 1, cache });
  assert.equal(changed.summary.analysed, FILES);
  assert.equal(changed.summary.packed, 0);
  assert.notDeepEqual(outputs(changed.out), outputs(first.out));
  assert.deepEqual(outputs(changed.out), outputs((await runHere(dir, { jobs: 1 })).out));
});

test('packs of the earlier layout, among the entries, are removed once; entries and the packs in use stay', async () => {
  const { dir } = corpus();
  const cache = tempDir('extract-cache-');
  await runHere(dir, { jobs: 1, cache });
  fs.rmSync(path.join(cache, 'packs', '.swept'));
  const entryDir = fs.readdirSync(cache).find((d) => /^[0-9a-f]{2}$/.test(d))!;
  const entries = fs.readdirSync(path.join(cache, entryDir));
  const old = path.join(cache, entryDir, `${'ab'.repeat(32)}.pack`);
  fs.writeFileSync(old, 'a pack of the earlier layout');
  const again = await runHere(dir, { jobs: 1, cache });
  assert.equal(fs.existsSync(old), false);
  assert.deepEqual(fs.readdirSync(path.join(cache, entryDir)), entries);
  assert.equal(again.summary.packed, FILES);
  assert.ok(fs.existsSync(path.join(cache, 'packs', '.swept')));
});
