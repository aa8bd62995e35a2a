import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ExtractError } from '../../src/errors.js';
import { AtomicBatch, prepareOutDir } from '../../src/write/atomic.js';
import { claimRows, toCsv } from '../../src/write/csv.js';
import { JsonWriter } from '../../src/write/json.js';
import { tempDir } from '../helpers/cli.js';

test('CSV: RFC 4180 quoting, CRLF records, empty cells for null, formulas escaped', () => {
  const csv = toCsv(['a', 'b', 'c'], [['say "hi", then', null, '=SUM(A1)'], ['+1', '@x', 3], ['line\nbreak', true, -2]]);
  assert.equal(csv, 'a,b,c\r\n"say ""hi"", then",,\'=SUM(A1)\r\n\'+1,\'@x,3\r\n"line\nbreak",true,-2\r\n');
});

test('extract.json is written as JSON.stringify(output, null, 2) would write it', () => {
  let text = '';
  const w = new JsonWriter((chunk) => void (text += chunk), { version: '1.0.0', referenceDate: '2025-01-01' });
  const documents = [{ path: 'a', nested: { list: [1, { deep: 'line\nbreak' }], empty: [], none: {} } }, { path: 'b' }] as never[];
  for (const d of documents) w.document(d);
  const entities = [{ id: 'x', aliases: [] }] as never[];
  w.end(entities, []);
  const whole = { schemaVersion: 1, tool: { name: 'extract', version: '1.0.0' }, referenceDate: '2025-01-01', documents, entities, claimClusters: [] };
  assert.equal(text, `${JSON.stringify(whole, null, 2)}\n`);
});

test('atomic batch: nothing appears until commit; abort leaves nothing behind', () => {
  const dir = tempDir();
  const batch = new AtomicBatch(dir);
  batch.writeFile('a.csv', 'one');
  assert.deepEqual(fs.readdirSync(dir).filter((f) => !f.startsWith('.')), []);
  batch.commit();
  assert.equal(fs.readFileSync(path.join(dir, 'a.csv'), 'utf8'), 'one');
  const second = new AtomicBatch(dir);
  second.writeFile('a.csv', 'two');
  second.abort();
  assert.deepEqual(fs.readdirSync(dir), ['a.csv']);
  assert.equal(fs.readFileSync(path.join(dir, 'a.csv'), 'utf8'), 'one');
});

/** The process's open descriptors (Linux, macOS); null where they cannot be listed (Windows). */
const FD_DIR = ['/proc/self/fd', '/dev/fd'].find((d) => fs.existsSync(d)) ?? null;
const openFds = (): number => fs.readdirSync(FD_DIR!).length;
/** Open descriptors once every background sync's descriptor has had time to close. */
async function fdsSettle(before: number): Promise<number> {
  for (let i = 0; i < 50 && openFds() > before; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  return openFds();
}

/** fs.fsync (the background syncs; the final one is fs.fsyncSync) replaced for the call of `body`. */
async function withFsync(replacement: typeof fs.fsync, body: () => Promise<void> | void): Promise<void> {
  const fsync = fs.fsync;
  fs.fsync = replacement;
  try {
    await body();
  } finally {
    fs.fsync = fsync;
  }
}

const MiB = Buffer.alloc(1024 * 1024, 120);
const failingFsync = ((fd: number, cb: (err: NodeJS.ErrnoException | null) => void) =>
  fs.fdatasync(fd, () => cb(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' })))) as typeof fs.fsync;

test('atomic batch: a large file is synced in the background as it is written, and every descriptor is closed', { skip: !FD_DIR }, async () => {
  const dir = tempDir();
  const before = openFds();
  const background: number[] = [];
  const fsync = fs.fsync;
  await withFsync(((fd: number, cb: (err: NodeJS.ErrnoException | null) => void) => {
    background.push(fd);
    fsync(fd, cb);
  }) as typeof fs.fsync, async () => {
    const batch = new AtomicBatch(dir);
    const file = batch.open('big.json');
    for (let i = 0; i < 40; i++) file.write(MiB);
    file.write('end');
    file.close();
    await batch.settled();
    batch.commit();
  });
  assert.equal(background.length, 2, '40 MiB: a sync after 16 and after 32');
  assert.equal(fs.statSync(path.join(dir, 'big.json')).size, 40 * 1024 * 1024 + 3);
  // The syncing descriptor is closed once its last sync has finished.
  assert.equal(await fdsSettle(before), before);
});

test('atomic batch: a background sync that fails fails the output, whether it ends before close() or after', { skip: !FD_DIR }, async () => {
  const before = openFds();
  await withFsync(failingFsync, async () => {
    // Its outcome comes after close(), as it does when the writing never waits: settled() fails.
    const dir = tempDir();
    const batch = new AtomicBatch(dir);
    const file = batch.open('big.json');
    for (let i = 0; i < 20; i++) file.write(MiB);
    file.close();
    await assert.rejects(batch.settled(), (e: unknown) => e instanceof ExtractError && e.code === 'OUTPUT_UNWRITABLE' && /EIO/.test(e.message));
    assert.throws(() => batch.commit(), /EIO/);
    batch.abort();
    assert.deepEqual(fs.readdirSync(dir), []);
    // Its outcome known before close(): close() fails, and leaves no descriptor open.
    const other = new AtomicBatch(dir);
    const again = other.open('big.json');
    for (let i = 0; i < 20; i++) again.write(MiB);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.throws(() => again.close(), (e: unknown) => e instanceof ExtractError && e.code === 'OUTPUT_UNWRITABLE');
    other.abort();
    assert.deepEqual(fs.readdirSync(dir), []);
  });
  assert.equal(await fdsSettle(before), before);
});

test('atomic batch: a run that stops midway closes every descriptor of the files it gives up', { skip: !FD_DIR }, async () => {
  const dir = tempDir();
  const before = openFds();
  const batch = new AtomicBatch(dir);
  batch.open('a.csv').write('one');
  const big = batch.open('big.json');
  for (let i = 0; i < 20; i++) big.write(MiB);
  batch.abort();
  assert.deepEqual(fs.readdirSync(dir), []);
  assert.equal(await fdsSettle(before), before);
});

test('atomic batch: a file that cannot be opened again to be synced in the background is synced at its close', async () => {
  // As for a file its owner may not write (a umask without the owner's w), which root could open anyway.
  const dir = tempDir();
  const openSync = fs.openSync;
  let background = 0;
  fs.openSync = ((file: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode) => {
    if (flags === 'r+') throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    return openSync(file, flags, mode);
  }) as typeof fs.openSync;
  try {
    const fsync = fs.fsync;
    await withFsync(((fd: number, cb: (err: NodeJS.ErrnoException | null) => void) => {
      background++;
      fsync(fd, cb);
    }) as typeof fs.fsync, async () => {
      const batch = new AtomicBatch(dir);
      const file = batch.open('big.json');
      for (let i = 0; i < 20; i++) file.write(MiB);
      file.close();
      await batch.settled();
      batch.commit();
    });
  } finally {
    fs.openSync = openSync;
  }
  assert.equal(background, 0);
  assert.equal(fs.statSync(path.join(dir, 'big.json')).size, 20 * 1024 * 1024);
});

test('an output path that is a file is refused with OUTPUT_NOT_DIRECTORY', () => {
  const file = path.join(tempDir(), 'f');
  fs.writeFileSync(file, '');
  assert.throws(() => prepareOutDir(file), (e: unknown) => e instanceof ExtractError && e.code === 'OUTPUT_NOT_DIRECTORY');
  assert.throws(() => prepareOutDir(path.join(file, 'sub')), (e: unknown) => e instanceof ExtractError && e.code === 'OUTPUT_UNWRITABLE');
});

test('claims.csv: a quote split by its cue reads as its parts joined by " … ", its offsets span the whole', () => {
  const text = '"We will respond," he said, "at a time of our choosing."';
  const parts = [{ text: 'We will respond', start: 1, end: 16 }, { text: 'at a time of our choosing.', start: 29, end: 55 }];
  const claim = {
    id: 'claim:x:1', sentence: 0, kind: 'direct', confidence: 0.9, via: null, clusterId: null,
    source: { text: 'he', start: 19, end: 21, entityId: null, anonymous: false },
    cue: { text: 'said', start: 22, end: 26 },
    content: { text: text.slice(1, 55), start: 1, end: 55, parts },
  };
  const doc = { path: 'a.txt', claims: [claim] } as unknown as Parameters<typeof claimRows>[0];
  const [row] = claimRows(doc, () => undefined);
  assert.deepEqual(row!.slice(13, 16), ['We will respond … at a time of our choosing.', 1, 55]);
});
