// npm run bench -- [--size MB] [--big MB] [--raw-sample F]
// Measures, side by side on this machine: raw compromise (one core) against extract with --jobs 1 and
// --jobs 2 on a generated corpus; peak RSS on that corpus and a larger one; a cached re-run after one
// file changed; and, when ../shared is present, the same comparison on the CoNLL-2003 dev set and
// the cost of claims on the PolNeAR dev set. A script, not a test: figures depend on the machine.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin', 'extract.js');
/** The middle of three or more (the lower middle of an even count). */
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const args = process.argv.slice(2);
const opt = (k: string, d: number): number => (args.includes(k) ? Number(args[args.indexOf(k) + 1]) : d);
const SIZE = opt('--size', 10);
const BIG = opt('--big', 50);
const RAW_SAMPLE = opt('--raw-sample', 0.25);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-bench-'));
const log = (s: string): void => void process.stdout.write(`${s}\n`);

function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)).sort();
}

function countTokens(files: string[]): number {
  let n = 0;
  for (const f of files) n += (fs.readFileSync(f, 'utf8').match(/\S+/g) ?? []).length;
  return n;
}

/** Runs the CLI, polling the peak resident set size (VmHWM) of its process, worker threads included. */
async function extract(cliArgs: string[]): Promise<{ ms: number; peakMb: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [BIN, ...cliArgs, '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let peak = 0;
  const poll = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      // the process has ended
    }
  }, 50);
  const code: number = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(poll);
  if (code !== 0) throw new Error(`extract exited ${code}: ${stderr.slice(-500)}`);
  return { ms: performance.now() - t0, peakMb: peak };
}

/** Raw compromise on these files: `ms` is its tagging alone, warmed up and timed inside its process; `wallMs`
 *  the whole process as a user's script would run it, start-up included, timed from outside like extract
 *  (less the extra warm-up pass, which such a script would not make). */
function raw(files: string[]): { tokens: number; ms: number; wallMs: number } {
  const list = path.join(work, `raw-${files.length}.txt`);
  fs.writeFileSync(list, files.join('\n'));
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/scripts/bench-raw.js'), list], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(r.stderr);
  const out = JSON.parse(r.stdout) as { tokens: number; ms: number; warmMs: number };
  return { tokens: out.tokens, ms: out.ms, wallMs: wall - out.warmMs };
}

const every = <T>(xs: T[], fraction: number): T[] => xs.filter((_, i) => Math.floor(i * fraction) !== Math.floor((i + 1) * fraction) || fraction >= 1);
const perSec = (tokens: number, ms: number): number => Math.round(tokens / (ms / 1000));

async function corpusFigures(): Promise<void> {
  const dir = path.join(work, 'corpus');
  const n = writeCorpus(dir, SIZE * 1e6, 20261125, path.join(ROOT, 'input'));
  const files = listFiles(dir);
  const tokens = countTokens(files);
  log(`corpus: ${n} articles, ${SIZE} MB, ${tokens} tokens (whitespace-separated)`);
  const sample = every(files, RAW_SAMPLE);
  const r = raw(sample);
  const rawRate = perSec(countTokens(sample), r.ms);
  log(`raw compromise, 1 core (${sample.length} articles): ${rawRate} tokens/s`);
  const j1 = await extract([path.join(dir, '**/*.txt'), '--out', path.join(work, 'o1'), '--jobs', '1']);
  const j2 = await extract([path.join(dir, '**/*.txt'), '--out', path.join(work, 'o2'), '--jobs', '2']);
  const same = ['extract.json', 'claims.csv', 'mentions.csv'].every((f) => fs.readFileSync(path.join(work, 'o1', f)).equals(fs.readFileSync(path.join(work, 'o2', f))));
  log(`extract --jobs 1: ${perSec(tokens, j1.ms)} tokens/s = ${(perSec(tokens, j1.ms) / rawRate).toFixed(2)}x raw compromise; peak RSS ${j1.peakMb.toFixed(0)} MB`);
  log(`extract --jobs 2: ${perSec(tokens, j2.ms)} tokens/s = ${(perSec(tokens, j2.ms) / rawRate).toFixed(2)}x raw compromise; peak RSS ${j2.peakMb.toFixed(0)} MB; outputs identical to --jobs 1: ${same}`);

  const cache = path.join(work, 'cache');
  const full = await extract([path.join(dir, '**/*.txt'), '--out', path.join(work, 'oc'), '--jobs', '2', '--cache', cache]);
  // three re-runs, each after changing another file: one re-run is two seconds, which a busy moment can double
  const again: number[] = [];
  for (const at of [0.25, 0.5, 0.75]) {
    fs.appendFileSync(files[Math.floor(files.length * at)]!, '\nA late paragraph: officials said on Monday that the figures had been revised.\n');
    again.push((await extract([path.join(dir, '**/*.txt'), '--out', path.join(work, 'oc'), '--jobs', '2', '--cache', cache])).ms);
  }
  const mid = median(again);
  log(`cache: full run ${(full.ms / 1000).toFixed(1)}s, re-run after changing 1 of ${n} files ${(mid / 1000).toFixed(2)}s (median of ${again.map((ms) => (ms / 1000).toFixed(2)).join(', ')}) = ${(mid / full.ms).toFixed(3)} of the full run`);

  if (BIG > 0) {
    const big = path.join(work, 'big');
    writeCorpus(big, BIG * 1e6, 7, path.join(ROOT, 'input'));
    const b = await extract([path.join(big, '**/*.txt'), '--out', path.join(work, 'ob'), '--jobs', '2', '--format', 'csv,json,jsonl']);
    log(`peak RSS: ${j2.peakMb.toFixed(0)} MB for ${SIZE} MB, ${b.peakMb.toFixed(0)} MB for ${BIG} MB (--jobs 2, ${(b.ms / 1000).toFixed(0)}s)`);
    fs.rmSync(big, { recursive: true, force: true });
  }
}

async function sharedFigures(): Promise<void> {
  const conll = path.join(ROOT, '../shared/data/conll2003/dev.txt');
  if (fs.existsSync(conll)) {
    // CoNLL dev rebuilt as plain text, one file per document, as the NER evaluation does.
    const dir = path.join(work, 'conll');
    fs.mkdirSync(dir);
    const docs = fs.readFileSync(conll, 'utf8').split(/^-DOCSTART-.*$/m).filter((d) => d.trim());
    docs.forEach((d, i) => {
      const text = d.trim().split(/\n\s*\n/).map((s) => s.split('\n').map((l) => l.split(' ')[0]).join(' ')).join('\n');
      fs.writeFileSync(path.join(dir, `d${String(i).padStart(4, '0')}.txt`), `${text}\n`);
    });
    const files = listFiles(dir);
    const tokens = countTokens(files);
    // A run this short (about 2 s) swings by a tenth from one run to the next: each figure is the median
    // of three, the configurations taking turns so that a busy moment does not fall on one of them alone.
    const runs: Record<'raw' | 'rawWall' | 'j1' | 'j2' | 'auto', number[]> = { raw: [], rawWall: [], j1: [], j2: [], auto: [] };
    for (let n = 0; n < 3; n++) {
      const r = raw(files);
      runs.raw.push(r.ms);
      runs.rawWall.push(r.wallMs);
      runs.j1.push((await extract([path.join(dir, '*.txt'), '--out', path.join(work, 'oconll1'), '--jobs', '1', '--format', 'json'])).ms);
      runs.j2.push((await extract([path.join(dir, '*.txt'), '--out', path.join(work, 'oconll2'), '--jobs', '2', '--format', 'json'])).ms);
      runs.auto.push((await extract([path.join(dir, '*.txt'), '--out', path.join(work, 'oconll0'), '--format', 'json'])).ms);
    }
    const rawRate = perSec(tokens, median(runs.raw));
    const rate = (ms: number[]): string => `${perSec(tokens, median(ms))} (${(perSec(tokens, median(ms)) / rawRate).toFixed(2)}x)`;
    log(`conll dev (${files.length} docs, ${tokens} tokens, median of 3): raw compromise ${rawRate} tokens/s; extract --jobs 1 ${rate(runs.j1)}, --jobs 2 ${rate(runs.j2)}, default jobs ${rate(runs.auto)}`);
    // the same comparison with both sides timed as whole processes (start-up and warm-up included on each side)
    const wallRate = perSec(tokens, median(runs.rawWall));
    log(`conll dev, whole processes: raw compromise ${wallRate} tokens/s; extract default jobs ${(perSec(tokens, median(runs.auto)) / wallRate).toFixed(2)}x, --jobs 1 ${(perSec(tokens, median(runs.j1)) / wallRate).toFixed(2)}x`);
  }
  const polnear = path.join(ROOT, '../shared/data/polnear/dev.jsonl');
  if (fs.existsSync(polnear)) {
    const dir = path.join(work, 'polnear');
    fs.mkdirSync(dir);
    fs.readFileSync(polnear, 'utf8').split('\n').filter(Boolean).forEach((l, i) => fs.writeFileSync(path.join(dir, `p${i}.txt`), (JSON.parse(l) as { text: string }).text));
    const list = path.join(work, 'polnear.list');
    fs.writeFileSync(list, listFiles(dir).join('\n'));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/scripts/bench-stages.js'), list], { encoding: 'utf8' });
    const { ms } = JSON.parse(r.stdout) as { ms: Record<string, number> };
    const without = ms.segment! + ms.entities!;
    log(`claims on polnear dev: segment ${ms.segment!.toFixed(0)} ms, entities ${ms.entities!.toFixed(0)} ms, claims ${ms.claims!.toFixed(0)} ms = +${((100 * ms.claims!) / without).toFixed(1)}% of the pipeline without claims`);
  }
}

try {
  log(`machine: ${os.cpus().length} cores, node ${process.version}`);
  if (!args.includes('--no-corpus')) await corpusFigures();
  if (!args.includes('--no-shared')) await sharedFigures();
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
