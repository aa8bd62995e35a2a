// Options are checked and normalised once, here; every stage after this trusts them.
import path from 'node:path';
import { ExtractError } from './errors.js';
import { defaultJobs } from './pipeline/runner.js';
import type { Format, Options, Shard } from './types.js';

export const FORMATS: readonly Format[] = ['csv', 'json', 'jsonl'];

export interface RawOptions {
  patterns?: string[];
  ignore?: string[];
  out?: string;
  format?: string | string[];
  referenceDate?: string;
  quiet?: boolean;
  cwd?: string;
  jobs?: number | string;
  cache?: string;
  shard?: string;
}

export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export function normalizeOptions(raw: RawOptions): Options {
  const patterns = (raw.patterns ?? []).map(String).filter((p) => p.length > 0);
  if (patterns.length === 0) throw new ExtractError('USAGE', 'no input given: name files, glob patterns, or - for standard input');

  const formatList = ([] as string[]).concat(raw.format ?? 'csv,json').flatMap((f) => String(f).split(','));
  const formats: Format[] = [];
  for (const f of formatList.map((x) => x.trim().toLowerCase()).filter(Boolean)) {
    if (!FORMATS.includes(f as Format)) {
      throw new ExtractError('BAD_FORMAT', `unknown format "${f}": choose from ${FORMATS.join(', ')}`);
    }
    if (!formats.includes(f as Format)) formats.push(f as Format);
  }
  if (formats.length === 0) throw new ExtractError('BAD_FORMAT', `no format given: choose from ${FORMATS.join(', ')}`);
  formats.sort((a, b) => FORMATS.indexOf(a) - FORMATS.indexOf(b));

  const referenceDate = raw.referenceDate ?? todayUtc();
  if (!isIsoDay(referenceDate)) {
    throw new ExtractError('BAD_REFERENCE_DATE', `--reference-date "${referenceDate}" is not a calendar date written YYYY-MM-DD`);
  }

  const cwd = path.resolve(raw.cwd ?? process.cwd());
  return {
    patterns,
    jobs: parseJobs(raw.jobs),
    autoJobs: raw.jobs === undefined,
    cache: raw.cache ? path.resolve(cwd, raw.cache) : null,
    shard: raw.shard === undefined ? null : parseShard(raw.shard),
    ignore: (raw.ignore ?? []).map(String),
    out: path.resolve(cwd, raw.out ?? 'output'),
    formats,
    referenceDate,
    quiet: Boolean(raw.quiet),
    cwd,
  };
}

function parseJobs(jobs: number | string | undefined): number {
  if (jobs === undefined) return defaultJobs();
  const n = Number(jobs);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new ExtractError('BAD_JOBS', `--jobs "${jobs}" is not a whole number from 1 to 256`);
  return n;
}

export function parseShard(shard: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(String(shard).trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new ExtractError('BAD_SHARD', `--shard "${shard}" is not K/N with 1 <= K <= N (e.g. 2/4)`);
  }
  return { index, count };
}
