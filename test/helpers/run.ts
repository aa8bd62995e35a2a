// Runs extract in the test's own process, for what only the run's summary tells, and reads what it wrote.
import fs from 'node:fs';
import path from 'node:path';
import { normalizeOptions } from '../../src/options.js';
import { run, type RunHooks, type RunSummary } from '../../src/pipeline/index.js';
import { tempDir } from './cli.js';

export const OUTPUTS = ['claims.csv', 'documents.csv', 'entities.csv', 'extract.json', 'extract.jsonl', 'mentions.csv'];

export function outputs(dir: string): Record<string, string> {
  return Object.fromEntries(OUTPUTS.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

/** Every *.txt below `cwd`, in every format, into a directory of its own. */
export async function runHere(cwd: string, extra: { jobs?: number; cache?: string }, hooks: RunHooks = {}): Promise<{ out: string; summary: RunSummary }> {
  const out = tempDir('extract-out-');
  const options = normalizeOptions({ patterns: ['**/*.txt'], out, format: 'csv,json,jsonl', referenceDate: '2025-03-15', quiet: true, cwd, ...extra });
  return { out, summary: await run(options, hooks) };
}
