// A document's result, stored under a key made of its bytes' hash, the code's fingerprint and the
// options that change analysis; and a document's rendered output, stored under a key made of that
// and of everything linking decided about it (see Renderer in pipeline/spooled.ts). Entries carry a checksum of
// their payload: a damaged or foreign entry is detected, ignored and replaced, never trusted.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { ExtractError } from '../errors.js';
import type { OutDocument } from '../types.js';

export interface CacheConfig {
  dir: string;
  /** Tool version plus a hash of the code and model files (see pipeline/fingerprint.ts). */
  fingerprint: string;
}

const FORMAT = 5;

export function cacheKey(config: CacheConfig, sha256: string, referenceDate: string): string {
  return createHash('sha256').update(`${FORMAT}\n${config.fingerprint}\n${referenceDate}\n${sha256}`).digest('hex');
}

/** A document entry ends in .json, a rendered-output entry in .out, a pack of summaries in .pack, the clusters' memo in .memo. */
type Kind = 'json' | 'out' | 'pack' | 'memo';

/** Packs have a directory of their own: few enough to be listed when the unused ones are pruned. */
const PACKS = 'packs';

/** The one memo of clusters (see link/memo.ts): the key it is stored under is the code's fingerprint, not its name. */
const MEMO = 'clusters';

function entryPath(config: CacheConfig, key: string, kind: Kind): string {
  if (kind === 'memo') return path.join(config.dir, PACKS, `${MEMO}.memo`);
  return path.join(config.dir, kind === 'pack' ? PACKS : key.slice(0, 2), `${key}.${kind}`);
}

/**
 * An entry is one header line ({format, key, byte lengths of the parts, CRC-32 of the rest}), then its
 * parts back to back. A CRC catches damage as surely as a cryptographic hash here (the key in the
 * header catches a foreign entry) at a tenth of the cost, which a run reading every entry feels.
 */
function readEntry(config: CacheConfig, key: string, kind: Kind, parts: number): Buffer[] | null {
  const file = entryPath(config, key, kind);
  let raw: Buffer;
  try {
    raw = fs.readFileSync(file);
  } catch {
    return null;
  }
  const cut = raw.indexOf(10);
  try {
    const header = JSON.parse(raw.subarray(0, cut).toString('utf8')) as { format: number; key: string; lengths: number[]; crc: number };
    const body = raw.subarray(cut + 1);
    const lengths = header.lengths;
    if (
      cut < 0 || header.format !== FORMAT || header.key !== key || !Array.isArray(lengths) || lengths.length !== parts ||
      lengths.reduce((a, b) => a + b, 0) !== body.length || crc32(body) !== header.crc
    ) {
      throw new Error('entry does not match its key or checksum');
    }
    let at = 0;
    return lengths.map((n) => body.subarray(at, (at += n)));
  } catch {
    fs.rmSync(file, { force: true });
    return null;
  }
}

function writeEntry(config: CacheConfig, key: string, kind: Kind, parts: Array<string | Buffer>): void {
  const file = entryPath(config, key, kind);
  const bodies = parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p));
  const body = Buffer.concat(bodies);
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const header = JSON.stringify({ format: FORMAT, key, lengths: bodies.map((b) => b.length), crc: crc32(body) });
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${header}\n`), body]));
    fs.renameSync(tmp, file);
  } catch {
    // A cache that cannot be written costs speed on the next run, never this run's results.
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing was written there
    }
  }
}

/**
 * A cache path that names something else than a directory is the user's to mend (exit 2, named); one
 * that cannot be created or written is not: the run goes on, its results unstored.
 */
export function checkCacheDir(dir: string): void {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(dir, { throwIfNoEntry: false });
  } catch {
    return; // unreadable: found out when written, which costs only speed
  }
  if (stat && !stat.isDirectory()) throw new ExtractError('CACHE_NOT_DIRECTORY', 'cache path exists and is not a directory', dir);
}

/** A document entry: its summary (see link/summary.ts) and its JSON's UTF-8 bytes, as stored. */
export interface CacheEntry {
  summary: string;
  json: Buffer;
}

export function cacheGet(config: CacheConfig, key: string): OutDocument | null {
  const entry = cacheRead(config, key);
  return entry === null ? null : (JSON.parse(entry.json.toString('utf8')) as OutDocument);
}

/** Whether a document entry is stored under the key (it is checked only when read). */
export function cacheHas(config: CacheConfig, key: string): boolean {
  return fs.existsSync(entryPath(config, key, 'json'));
}

/** The entry's two parts as stored, once it matched its key and checksum; a bad entry is removed. */
export function cacheRead(config: CacheConfig, key: string): CacheEntry | null {
  const parts = readEntry(config, key, 'json', 2);
  return parts && { summary: parts[0]!.toString('utf8'), json: parts[1]! };
}

/** Stores the document and its summary (as packSummary wrote it, see link/summary.ts). */
export function cachePut(config: CacheConfig, key: string, doc: OutDocument, summary: string): void {
  writeEntry(config, key, 'json', [summary, JSON.stringify(doc)]);
}

/** A rendered output: its parts' UTF-8 bytes, as many as were stored. */
export function renderedRead(config: CacheConfig, key: string, parts: number): Buffer[] | null {
  return readEntry(config, key, 'out', parts);
}

export function renderedPut(config: CacheConfig, key: string, parts: Array<string | Buffer>): void {
  writeEntry(config, key, 'out', parts);
}

/** A pack of summaries (see cache/pack.ts): its text, once it matched its name and checksum. */
export function packRead(config: CacheConfig, name: string): string | null {
  return readEntry(config, name, 'pack', 1)?.[0]!.toString('utf8') ?? null;
}

export function packPut(config: CacheConfig, name: string, text: string): void {
  writeEntry(config, name, 'pack', [text]);
}

/**
 * The memo of clusters, as memoPut stored it, when made by the code that links (`config.fingerprint`: the
 * rendering fingerprint). One per cache: a run keeps only the partitions of its own corpus.
 */
export function memoRead(config: CacheConfig): Buffer | null {
  return readEntry(config, config.fingerprint, 'memo', 1)?.[0] ?? null;
}

export function memoPut(config: CacheConfig, bytes: Buffer): void {
  writeEntry(config, config.fingerprint, 'memo', [bytes]);
}

/** Marks a pack used now (its modification time), so that pruning keeps it. */
export function packTouch(config: CacheConfig, name: string, now = new Date()): void {
  try {
    fs.utimesSync(entryPath(config, name, 'pack'), now, now);
  } catch {
    // gone meanwhile: it is written again by the next run that needs it
  }
}

/** Packs unused for this long are removed, unless the run at hand uses them. */
export const PACK_UNUSED_DAYS = 30;

/**
 * Removes the packs neither in `used` nor used for PACK_UNUSED_DAYS: those of stretches of paths no
 * longer found (a file that began one was removed). Another corpus cached here keeps its packs while
 * it runs now and then; one run rarely removes a pack still wanted, which only costs speed.
 */
export function prunePacks(config: CacheConfig, used: Set<string>, now = Date.now()): void {
  const dir = path.join(config.dir, PACKS);
  let files: string[];
  try {
    files = fs.readdirSync(dir);
  } catch {
    return;
  }
  if (!files.includes(SWEPT)) sweepOldPacks(config.dir, dir);
  for (const f of files) {
    // A temporary file that old is left from a run that stopped.
    if (f.endsWith('.pack') ? used.has(f.slice(0, -'.pack'.length)) : !f.endsWith('.tmp')) continue;
    const file = path.join(dir, f);
    try {
      if (now - fs.statSync(file).mtimeMs > PACK_UNUSED_DAYS * 86_400_000) fs.rmSync(file, { force: true });
    } catch {
      // removed meanwhile by another run
    }
  }
}

/** Marks a cache whose packs of the earlier layout are gone. */
const SWEPT = '.swept';

/**
 * Packs of the earlier layout lay among the entries (`ab/<64 hex>.pack`) and no run reads them any more:
 * removed once per cache, which the marker in the packs directory then records.
 */
function sweepOldPacks(root: string, packs: string): void {
  let dirs: string[] = [];
  try {
    dirs = fs.readdirSync(root).filter((d) => /^[0-9a-f]{2}$/.test(d));
  } catch {
    return;
  }
  for (const d of dirs) {
    try {
      for (const f of fs.readdirSync(path.join(root, d))) if (/^[0-9a-f]{64}\.pack$/.test(f)) fs.rmSync(path.join(root, d, f), { force: true });
    } catch {
      // a directory removed meanwhile: nothing of it to sweep
    }
  }
  try {
    fs.writeFileSync(path.join(packs, SWEPT), '');
  } catch {
    // swept again by the next run
  }
}
