// Sharding for CI matrices: --shard K/N keeps the documents whose path hashes to K, and writes
// shard.jsonl (documents as analysed, before linking) beside the usual outputs; `extract merge`
// reads the shard files back in path order and links them exactly as one unsharded run would.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { comparePaths } from '../discover/index.js';
import { ExtractError } from '../errors.js';
import type { OutDocument, Shard } from '../types.js';

export const SHARD_FILE = 'shard.jsonl';

export interface ShardHeader {
  extractShard: 1;
  shard: string;
  version: string;
  referenceDate: string;
}

export function inShard(docPath: string, shard: Shard): boolean {
  const h = createHash('sha256').update(docPath).digest();
  return (h.readUInt32BE(0) % shard.count) + 1 === shard.index;
}

async function* lines(file: string): AsyncGenerator<string> {
  const rl = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) if (line.length) yield line;
}

export interface ShardSet {
  headers: ShardHeader[];
  files: string[];
}

/** Reads and checks every shard's header: one version and reference date, shards 1..N each once. */
export async function openShards(dirs: string[]): Promise<ShardSet> {
  const headers: ShardHeader[] = [];
  const files: string[] = [];
  for (const dir of dirs) {
    const file = path.join(dir, SHARD_FILE);
    if (!fs.existsSync(file)) throw new ExtractError('BAD_SHARD_INPUT', `no ${SHARD_FILE} here: not the output of a run with --shard`, dir);
    const first = await lines(file).next();
    let header: ShardHeader | null = null;
    try {
      header = first.done ? null : (JSON.parse(first.value) as ShardHeader);
    } catch {
      header = null;
    }
    if (!header || header.extractShard !== 1) throw new ExtractError('BAD_SHARD_INPUT', `${SHARD_FILE} has no shard header`, dir);
    headers.push(header);
    files.push(file);
  }
  const [first] = headers;
  const count = Number(first!.shard.split('/')[1]);
  for (const [i, h] of headers.entries()) {
    if (h.version !== first!.version) throw new ExtractError('BAD_SHARD_INPUT', `made by extract ${h.version}, others by ${first!.version}`, dirs[i]);
    if (h.referenceDate !== first!.referenceDate) throw new ExtractError('BAD_SHARD_INPUT', `reference date ${h.referenceDate}, others ${first!.referenceDate}`, dirs[i]);
    if (Number(h.shard.split('/')[1]) !== count) throw new ExtractError('BAD_SHARD_INPUT', `shard ${h.shard} is not one of ${count}`, dirs[i]);
  }
  const seen = headers.map((h) => Number(h.shard.split('/')[0])).sort((a, b) => a - b);
  const expected = Array.from({ length: count }, (_, i) => i + 1);
  if (seen.join(',') !== expected.join(',')) {
    throw new ExtractError('BAD_SHARD_INPUT', `shards given: ${seen.join(', ')}; a merge needs each of 1 to ${count} once`);
  }
  return { headers, files };
}

/** Every shard's documents, in path order (each shard file is already sorted): a k-way merge. */
export async function* shardDocuments(set: ShardSet): AsyncGenerator<OutDocument> {
  const its = set.files.map((f) => {
    const it = lines(f);
    return { it, head: null as OutDocument | null, done: false };
  });
  for (const s of its) {
    await s.it.next(); // header
    const n = await s.it.next();
    s.done = Boolean(n.done);
    s.head = n.done ? null : (JSON.parse(n.value) as OutDocument);
  }
  let last: string | null = null;
  for (;;) {
    let best: (typeof its)[number] | null = null;
    for (const s of its) if (!s.done && (!best || comparePaths(s.head!.path, best.head!.path) < 0)) best = s;
    if (!best) return;
    const doc = best.head!;
    if (last !== null && doc.path === last) throw new ExtractError('BAD_SHARD_INPUT', `document ${doc.path} is in more than one shard`);
    last = doc.path;
    const n = await best.it.next();
    best.done = Boolean(n.done);
    best.head = n.done ? null : (JSON.parse(n.value) as OutDocument);
    yield doc;
  }
}
