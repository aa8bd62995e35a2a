// A document's result, stored under a key made of its bytes' hash, the code's fingerprint and the
// options that change analysis. Entries carry a checksum of their payload: a damaged or foreign
// entry is detected, ignored and replaced, never trusted.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { OutDocument } from '../types.js';

export interface CacheConfig {
  dir: string;
  /** Tool version plus a hash of the code and model files (see pipeline/fingerprint.ts). */
  fingerprint: string;
}

const FORMAT = 3;

export function cacheKey(config: CacheConfig, sha256: string, referenceDate: string): string {
  return createHash('sha256').update(`${FORMAT}\n${config.fingerprint}\n${referenceDate}\n${sha256}`).digest('hex');
}

function entryPath(config: CacheConfig, key: string): string {
  return path.join(config.dir, key.slice(0, 2), `${key}.json`);
}

const checksum = (payload: string): string => createHash('sha256').update(payload).digest('hex');

/**
 * An entry is one header line ({format, key, sha256 of the rest}), then the document's link summary on
 * one line, then the document's JSON. Both are checked before either is used; a run links from the
 * summary and parses the document only when it writes it.
 */
export interface CacheEntry {
  summary: string;
  json: string;
}

export function cacheGet(config: CacheConfig, key: string): OutDocument | null {
  const entry = cacheRead(config, key);
  return entry === null ? null : (JSON.parse(entry.json) as OutDocument);
}

/** Whether an entry is stored under the key (it is checked only when read). */
export function cacheHas(config: CacheConfig, key: string): boolean {
  return fs.existsSync(entryPath(config, key));
}

/** The entry's two parts as stored, once it matched its key and checksum; a bad entry is removed. */
export function cacheRead(config: CacheConfig, key: string): CacheEntry | null {
  const file = entryPath(config, key);
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const cut = raw.indexOf('\n');
  const split = raw.indexOf('\n', cut + 1);
  try {
    const header = JSON.parse(raw.slice(0, cut)) as { format: number; key: string; sha256: string };
    if (cut < 0 || split < 0 || header.format !== FORMAT || header.key !== key || checksum(raw.slice(cut + 1)) !== header.sha256) {
      throw new Error('entry does not match its key or checksum');
    }
  } catch {
    fs.rmSync(file, { force: true });
    return null;
  }
  return { summary: raw.slice(cut + 1, split), json: raw.slice(split + 1) };
}

/** Stores the document and its link summary (any JSON value; one line, as JSON.stringify writes it). */
export function cachePut(config: CacheConfig, key: string, doc: OutDocument, summary: unknown): void {
  const file = entryPath(config, key);
  const payload = `${JSON.stringify(summary)}\n${JSON.stringify(doc)}`;
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, `${JSON.stringify({ format: FORMAT, key, sha256: checksum(payload) })}\n${payload}`);
    fs.renameSync(tmp, file);
  } catch {
    // A cache that cannot be written costs speed on the next run, never this run's results.
    fs.rmSync(tmp, { force: true });
  }
}
