// npm run eval:ner|eval:dates|eval:claims [-- FILE]: the shared evaluation scripts (../shared/eval),
// which run this checkout's real CLI, on the development sets unless a file is given.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(ROOT, '../shared');
const SUITES: Record<string, [string, string]> = {
  ner: ['conll-extract.mjs', 'data/conll2003/dev.txt'],
  dates: ['dates-eval.mjs', 'data/timebank/dev.jsonl'],
  claims: ['claims-eval.mjs', 'data/polnear/dev.jsonl'],
};

const [suite, file, ...rest] = process.argv.slice(2);
const entry = suite ? SUITES[suite] : undefined;
if (!entry) {
  process.stderr.write(`usage: eval.js ${Object.keys(SUITES).join('|')} [FILE] [options for the script]\n`);
  process.exit(2);
}
const script = path.join(SHARED, 'eval', entry[0]);
if (!fs.existsSync(script)) {
  process.stderr.write(`eval: ${script} not found: the evaluation needs ../shared beside the checkout\n`);
  process.exit(2);
}
const data = file && !file.startsWith('--') ? path.resolve(file) : path.join(SHARED, entry[1]);
const extra = file && file.startsWith('--') ? [file, ...rest] : rest;
if (suite !== 'claims') {
  const r = spawnSync(process.execPath, [script, ROOT, data, ...extra], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
// The shared script scores each content as one span, from its start to its end. A quotation split by its cue
// ("“A,” she said. “B.”") is one claim whose `content.parts` leave the cue out, as gold's discontinuous
// contents do; the same run's output is scored again with those parts, by the same scorer, on a line of its own.
const ki = extra.indexOf('--keep');
if (ki >= 0 && (!extra[ki + 1] || extra[ki + 1]!.startsWith('--'))) {
  process.stderr.write('eval: --keep needs a directory\n');
  process.exit(2);
}
const own = ki < 0;
const keep = own ? fs.mkdtempSync(path.join(os.tmpdir(), 'extract-eval-')) : extra[ki + 1]!;
// the shared script's last line ("claims: found=…") stays the last line printed: the parts line goes before it
const r = spawnSync(process.execPath, [script, ROOT, data, ...extra, ...(own ? ['--keep', keep] : [])], { stdio: ['inherit', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 28 });
try {
  const lines = (r.stdout ?? '').replace(/\n$/, '').split('\n');
  const last = lines.pop() ?? '';
  if (lines.length) process.stdout.write(lines.join('\n') + '\n');
  try {
    if (r.status === 0) process.stdout.write(scoreParts(data, path.join(keep, 'out', 'extract.json')) + '\n');
  } catch (e) {
    process.stderr.write(`eval: the parts could not be scored: ${(e as Error).message}\n`);
  }
  process.stdout.write(last + '\n');
} finally {
  if (own) fs.rmSync(keep, { recursive: true, force: true });
}
process.exit(r.status ?? 1);

interface OutSpan { start: number; end: number }
function scoreParts(goldFile: string, outFile: string): string {
  const require = createRequire(import.meta.url);
  const { scoreFiles } = require(path.join(SHARED, 'eval', 'attribution-score.cjs')) as { scoreFiles: (g: unknown[], p: unknown[]) => { summary: any } };
  const gold = fs.readFileSync(goldFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string });
  const out = JSON.parse(fs.readFileSync(outFile, 'utf8')) as { documents: { path: string; claims: { source: OutSpan | null; cue: OutSpan; content: OutSpan & { parts?: OutSpan[] }; kind: string }[] }[] };
  // as the shared script names and reads the files: ID.txt, spans in code points turned to JS string offsets
  const byFile = new Map(out.documents.map((d) => [path.basename(d.path), d]));
  const preds = gold.map((g) => {
    const units: number[] = [];
    let u = 0;
    for (const ch of g.text) { units.push(u); u += ch.length; }
    units.push(u);
    const span = (s: OutSpan | null | undefined) => (s && s.end > s.start ? [units[s.start]!, units[s.end]!] : null);
    const claims = byFile.get(`${g.id.replace(/[^A-Za-z0-9._-]/g, '_')}.txt`)?.claims ?? [];
    return {
      id: g.id,
      attributions: claims.map((c) => ({
        source: span(c.source), cue: span(c.cue), direct: c.kind === 'direct',
        content: c.content.parts && c.content.parts.length > 1 ? c.content.parts.map(span).filter((x) => x !== null) : span(c.content),
      })),
    };
  });
  const s = scoreFiles(gold, preds).summary.roles.content;
  const pct = (x: number) => (100 * x).toFixed(1);
  return `claims, content scored by its parts: content=${pct(s.exact.f1)} (P ${pct(s.exact.p)} R ${pct(s.exact.r)}) contentLenient=${pct(s.lenient.f1)}`;
}
