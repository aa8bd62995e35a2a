// The golden run: the real CLI on the sample articles in input/, with a fixed reference date.
import fs from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';
import { ROOT, testDir } from '../helpers/paths.js';

export const EXPECTED = testDir('golden', 'expected');
export const REFERENCE_DATE = '2025-03-15';

export function goldenRun(): { status: number | null; stderr: string; out: string; files: string[] } {
  const out = tempDir('extract-golden-');
  const r = runCli(['input/*.txt', '--out', out, '--reference-date', REFERENCE_DATE, '--format', 'csv,json,jsonl', '--quiet'], { cwd: ROOT });
  return { status: r.status, stderr: r.stderr, out, files: fs.readdirSync(out).sort() };
}

export const read = (dir: string, file: string): string => fs.readFileSync(path.join(dir, file), 'utf8');
