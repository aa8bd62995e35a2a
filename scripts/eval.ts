// npm run eval:ner|eval:dates|eval:claims [-- FILE]: the shared evaluation scripts (../shared/eval),
// which run this checkout's real CLI, on the development sets unless a file is given.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
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
const r = spawnSync(process.execPath, [script, ROOT, data, ...extra], { stdio: 'inherit' });
process.exit(r.status ?? 1);
