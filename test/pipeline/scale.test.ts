// Parallel, sharded and cached runs must write exactly what one plain run writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';
import { outputs, runHere } from '../helpers/run.js';

const COMMON = ['--reference-date', '2025-03-15', '--format', 'csv,json,jsonl', '--quiet'];

const SAMPLES = fs.readdirSync(path.join(ROOT, 'input')).filter((f) => f.endsWith('.txt')).sort();
/** The corpus below: every sample, and a copy of every other one. */
const FILES = SAMPLES.length + Math.ceil(SAMPLES.length / 2);

/** A small corpus: the samples under several names, plus variants, so shards and clusters have work. */
function corpus(): string {
  const dir = tempDir('extract-corpus-');
  const samples = SAMPLES;
  for (const [i, f] of samples.entries()) {
    const bytes = fs.readFileSync(path.join(ROOT, 'input', f));
    fs.writeFileSync(path.join(dir, f), bytes);
    fs.mkdirSync(path.join(dir, 'copy'), { recursive: true });
    if (i % 2 === 0) fs.writeFileSync(path.join(dir, 'copy', f), bytes);
  }
  return dir;
}

/** The packs of summaries in a cache (see cache/pack.ts). */
const packs = (cache: string): string[] => fs.readdirSync(cache, { recursive: true }).map(String).filter((f) => f.endsWith('.pack')).sort();

function extract(cwd: string, args: string[]): string {
  const out = tempDir('extract-out-');
  const r = runCli(['**/*.txt', '--out', out, ...COMMON, ...args], { cwd });
  assert.equal(r.status, 0, r.stderr);
  return out;
}

test('--jobs 1 and --jobs 2 write identical files', () => {
  const dir = corpus();
  assert.deepEqual(outputs(extract(dir, ['--jobs', '2'])), outputs(extract(dir, ['--jobs', '1'])));
});

test('three shards merged equal one unsharded run', () => {
  const dir = corpus();
  const whole = outputs(extract(dir, ['--jobs', '1']));
  const shards = [1, 2, 3].map((k) => extract(dir, ['--jobs', '1', '--shard', `${k}/3`]));
  const docs = shards.map((s) => fs.readFileSync(path.join(s, 'shard.jsonl'), 'utf8').trim().split('\n').length - 1);
  assert.equal(docs.reduce((a, b) => a + b, 0), FILES);
  assert.ok(docs.filter((n) => n > 0).length >= 2, `shards are uneven: ${docs}`);
  const merged = tempDir('extract-merged-');
  const r = runCli(['merge', ...shards.reverse(), '--out', merged, '--format', 'csv,json,jsonl', '--quiet']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(outputs(merged), whole);
});

test('merge refuses an incomplete or mixed set of shards', () => {
  const dir = corpus();
  const one = extract(dir, ['--jobs', '1', '--shard', '1/2']);
  const r = runCli(['merge', one, '--out', tempDir()]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /a merge needs each of 1 to 2 once \[BAD_SHARD_INPUT\]/);
  const plain = extract(dir, ['--jobs', '1']);
  const r2 = runCli(['merge', plain, '--out', tempDir()]);
  assert.equal(r2.status, 2);
  assert.match(r2.stderr, /no shard\.jsonl here/);
});

test('a cached re-run after changing one file equals a full run, and analyses only that file', () => {
  const dir = corpus();
  const cache = tempDir('extract-cache-');
  extract(dir, ['--jobs', '1', '--cache', cache]);
  const entries = (): string[] => fs.readdirSync(cache, { recursive: true }).map(String).filter((f) => f.endsWith('.json'));
  // The copies share bytes with their originals, so there is one entry per distinct content.
  assert.equal(entries().length, SAMPLES.length);
  const changed = path.join(dir, '03-atomic-agency.txt');
  fs.appendFileSync(changed, '\nThe agency said on Friday that inspectors would stay in Vienna.\n');
  const cached = outputs(extract(dir, ['--jobs', '1', '--cache', cache]));
  assert.equal(entries().length, SAMPLES.length + 1);
  assert.deepEqual(cached, outputs(extract(dir, ['--jobs', '1'])));
});

test('a corrupted cache entry is detected and recomputed, never trusted', () => {
  const dir = corpus();
  const cache = tempDir('extract-cache-');
  const clean = outputs(extract(dir, ['--jobs', '1', '--cache', cache]));
  // Files with the same bytes share one entry, stamped with whichever path wrote it last: the victims
  // are entries of files whose bytes are unique, so the recomputed entry must equal the original byte for byte.
  const unique = new Set(SAMPLES.filter((_, i) => i % 2 === 1));
  const files = fs.readdirSync(cache, { recursive: true }).map(String).filter((f) => f.endsWith('.json')).sort()
    .filter((f) => unique.has(/"path":"([^"]+)"/.exec(fs.readFileSync(path.join(cache, f), 'utf8'))?.[1] ?? ''));
  assert.ok(files.length >= 2);
  const victim = path.join(cache, files[0]!);
  const entry = fs.readFileSync(victim, 'utf8');
  fs.writeFileSync(victim, entry.replace(/"chars":\d+/, '"chars":1'));
  fs.writeFileSync(path.join(cache, files[1]!), '{"truncated');
  // Without its pack, a document's summary is read from its entry, where the damage is found.
  for (const f of packs(cache)) fs.rmSync(path.join(cache, f));
  assert.deepEqual(outputs(extract(dir, ['--jobs', '1', '--cache', cache])), clean);
  assert.equal(fs.readFileSync(victim, 'utf8'), entry);
});

/** Every document entry of the cache altered (a claim's count of characters), so that its checksum fails. */
function damageEntries(cache: string): void {
  for (const f of fs.readdirSync(cache, { recursive: true }).map(String).filter((f) => f.endsWith('.json'))) {
    const file = path.join(cache, f);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/"chars":(\d)/, (_, d: string) => `"chars":${(Number(d) + 1) % 10}`));
  }
}

test('a cached run links from packs of summaries, without reading the documents\' entries', async () => {
  const dir = corpus();
  const cache = tempDir('extract-cache-');
  const first = await runHere(dir, { jobs: 1, cache });
  assert.equal(packs(cache).length, 1);
  // With the documents' entries damaged, only the packs and the rendered outputs can answer.
  damageEntries(cache);
  const again = await runHere(dir, { jobs: 1, cache });
  assert.equal(again.summary.analysed, 0);
  assert.deepEqual(outputs(again.out), outputs(first.out));
});

test('a damaged or truncated pack is detected: its documents are read from their entries or analysed again', async () => {
  const dir = corpus();
  const cache = tempDir('extract-cache-');
  const first = await runHere(dir, { jobs: 1, cache });
  const [pack] = packs(cache);
  const file = path.join(cache, pack!);
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.replace(/"person:[a-z]+/, (m) => `${m}x`));
  const damaged = await runHere(dir, { jobs: 1, cache });
  assert.equal(damaged.summary.analysed, 0, 'the entries answer');
  assert.deepEqual(outputs(damaged.out), outputs(first.out));
  assert.equal(fs.readFileSync(file, 'utf8'), text, 'and the pack is made again');
  fs.writeFileSync(file, text.slice(0, text.length / 2));
  damageEntries(cache);
  const truncated = await runHere(dir, { jobs: 1, cache });
  assert.ok(truncated.summary.analysed >= SAMPLES.length, 'with damaged entries too, every distinct content is analysed again');
  assert.deepEqual(outputs(truncated.out), outputs(first.out));
});

test('extract.json and extract.jsonl written by a thread of their own equal those written in the main thread', async () => {
  const dir = corpus();
  const threaded = await runHere(dir, { jobs: 1 }, { writeThread: true });
  const inline = await runHere(dir, { jobs: 1 }, { writeThread: false });
  assert.deepEqual(outputs(threaded.out), outputs(inline.out));
  assert.deepEqual(threaded.summary, { ...inline.summary, outDir: threaded.out });
});

test('with --jobs 2, a cached re-run analyses only the changed file, beside the cached ones, and equals a full run', async () => {
  const dir = corpus();
  const cache = tempDir('extract-cache-');
  const first = await runHere(dir, { jobs: 2, cache });
  // A copy is analysed too unless its original's entry was stored by the time the copy was looked up.
  assert.ok(first.summary.analysed >= SAMPLES.length && first.summary.analysed <= FILES, `${first.summary.analysed} analysed`);
  const unchanged = await runHere(dir, { jobs: 2, cache });
  assert.equal(unchanged.summary.analysed, 0);
  assert.deepEqual(outputs(unchanged.out), outputs(first.out));
  fs.appendFileSync(path.join(dir, '03-atomic-agency.txt'), '\nThe agency said on Friday that inspectors would stay in Vienna.\n');
  const again = await runHere(dir, { jobs: 2, cache });
  assert.equal(again.summary.analysed, 1);
  assert.deepEqual(outputs(again.out), outputs(extract(dir, ['--jobs', '2'])));
});

test('a rendered output comes from the cache only while everything linking decided about it is unchanged', () => {
  const dir = tempDir('extract-corpus-');
  fs.writeFileSync(path.join(dir, 'a.txt'), 'Officials said on Monday that the northern bridge had reopened to traffic.\n');
  fs.writeFileSync(path.join(dir, 'b.txt'), 'The weather in the valley was mild for the season.\n');
  const cache = tempDir('extract-cache-');
  const rendered = (): string[] => fs.readdirSync(cache, { recursive: true }).map(String).filter((f) => f.endsWith('.out')).sort();
  const first = outputs(extract(dir, ['--jobs', '1', '--cache', cache]));
  assert.equal(rendered().length, 2);
  const before = rendered();
  assert.deepEqual(outputs(extract(dir, ['--jobs', '1', '--cache', cache])), first);
  assert.deepEqual(rendered(), before, 'an unchanged run renders nothing afresh');
  // b now reports a's claim: a's claim joins a cluster of two documents, so a is rendered afresh too.
  fs.writeFileSync(path.join(dir, 'b.txt'), 'Officials said on Tuesday that the northern bridge had reopened to traffic.\n');
  const again = outputs(extract(dir, ['--jobs', '1', '--cache', cache]));
  assert.deepEqual(again, outputs(extract(dir, ['--jobs', '1'])));
  assert.equal(rendered().length, 4);
  assert.match(again['claims.csv']!, /^a\.txt,.*,2,2\r$/m);
});

test('a damaged rendered output in the cache is detected and rendered afresh, never trusted', () => {
  const dir = corpus();
  const cache = tempDir('extract-cache-');
  const clean = outputs(extract(dir, ['--jobs', '1', '--cache', cache]));
  const files = fs.readdirSync(cache, { recursive: true }).map(String).filter((f) => f.endsWith('.out')).sort();
  const victim = path.join(cache, files[0]!);
  const entry = fs.readFileSync(victim, 'utf8');
  fs.writeFileSync(victim, entry.replace(/,(\d)/, (_, d: string) => `,${(Number(d) + 1) % 10}`));
  fs.writeFileSync(path.join(cache, files[1]!), entry.slice(0, 40));
  assert.deepEqual(outputs(extract(dir, ['--jobs', '1', '--cache', cache])), clean);
  assert.equal(fs.readFileSync(victim, 'utf8'), entry);
});

test('clusters kept in the cache answer the next run; a damaged memo of them is detected and made again', () => {
  // One source with more claims than are compared pair by pair, so its clusters are kept.
  const dir = tempDir('extract-corpus-');
  const places = ['northern bridge', 'eastern port', 'old rail line', 'river ferry', 'coastal road', 'main airport', 'city tunnel', 'western dam'];
  for (let i = 0; i < 16; i++) {
    fs.writeFileSync(path.join(dir, `r${String(i).padStart(2, '0')}.txt`), `Officials said on Monday that the ${places[i % places.length]} had reopened to traffic.\n\nOfficials said the ${places[(i + 3) % places.length]} would close for repairs in ${2030 + i}.\n`);
  }
  const cache = tempDir('extract-cache-');
  const memo = path.join(cache, 'packs', 'clusters.memo');
  const clean = outputs(extract(dir, ['--jobs', '1']));
  assert.deepEqual(outputs(extract(dir, ['--jobs', '1', '--cache', cache])), clean);
  const kept = fs.readFileSync(memo);
  assert.match(clean['claims.csv']!, /,2,2\r$/m, 'claims clustered across documents');
  // Nothing changed: the memo answers and is not written again.
  fs.utimesSync(memo, new Date(2000, 0, 1), new Date(2000, 0, 1));
  assert.deepEqual(outputs(extract(dir, ['--jobs', '1', '--cache', cache])), clean);
  assert.equal(fs.statSync(memo).mtime.getFullYear(), 2000);
  // A damaged memo is not used, and is made again as it was.
  const damaged = Buffer.from(kept);
  damaged[damaged.length - 3] ^= 1;
  fs.writeFileSync(memo, damaged);
  assert.deepEqual(outputs(extract(dir, ['--jobs', '1', '--cache', cache])), clean);
  assert.ok(fs.readFileSync(memo).equals(kept));
  // A changed claim: its source is clustered again, as a run without a cache clusters it.
  fs.writeFileSync(path.join(dir, 'r05.txt'), 'Officials said on Monday that the main airport had reopened to traffic.\n');
  assert.deepEqual(outputs(extract(dir, ['--jobs', '1', '--cache', cache])), outputs(extract(dir, ['--jobs', '1'])));
  assert.ok(!fs.readFileSync(memo).equals(kept));
});
