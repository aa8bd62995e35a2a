// The clusters of a source's claims, kept from one run to the next. How a source's claims cluster is a
// function of its claims alone: which document each comes from (only whether two are the same) and its
// content words. So a source whose claims are those of the previous run gets the same clusters without
// comparing them again, and a re-run after a few files changed compares only the sources they touch.
// The memo is keyed by a hash of exactly those inputs, in a canonical order, and holds each claim's
// cluster as the first claim of it in that order: it cannot answer for claims other than those it was
// made from, whatever the ids or paths, and a document added elsewhere in the corpus changes no key.
import { createHash } from 'node:crypto';

/** By key, each claim's cluster: the number of its first claim, in the order the key lists them. */
export type Partition = Uint32Array;

/**
 * The key of a source's claims, each given as a line (see ClaimClusterer's joinRemembered). Defined here,
 * beside the layout it keys, so that this module is part of the code a rendered output's key covers.
 */
export function memoKey(lines: string[]): string {
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

export class ClusterMemo {
  private readonly kept = new Map<string, Partition>();
  /** Partitions answered from the previous run, and made afresh. */
  reused = 0;
  made = 0;

  constructor(private readonly previous: ReadonlyMap<string, Partition> = new Map()) {}

  /** The memo as stored (encodeMemo), or an empty one when nothing is, or the bytes are not a memo. */
  static read(bytes: Buffer | null): ClusterMemo {
    return new ClusterMemo((bytes && decodeMemo(bytes)) ?? undefined);
  }

  /** A partition of `claims` claims remembered under the key; kept for the next run. */
  get(key: string, claims: number): Partition | undefined {
    const part = this.previous.get(key);
    if (!part || !isPartition(part, claims)) return undefined;
    this.kept.set(key, part);
    this.reused++;
    return part;
  }

  set(key: string, part: Partition): void {
    this.kept.set(key, part);
    this.made++;
  }

  /** Whether the memo to keep differs from the one read: some partition was made, or one went unused. */
  get changed(): boolean {
    return this.made > 0 || this.kept.size !== this.previous.size;
  }

  /** The partitions this run used or made, to store for the next run. */
  entries(): ReadonlyMap<string, Partition> {
    return this.kept;
  }
}

/** Each claim's cluster is named by a claim before it or itself, which names itself. */
function isPartition(part: Partition, claims: number): boolean {
  if (part.length !== claims) return false;
  for (let j = 0; j < part.length; j++) if (part[j]! > j || part[part[j]!] !== part[j]) return false;
  return true;
}

/** Keys are SHA-256 digests in hex: stored as their 32 bytes, then the claim count and the partition. */
export function encodeMemo(entries: ReadonlyMap<string, Partition>): Buffer {
  const keys = [...entries.keys()].sort();
  let size = 0;
  for (const k of keys) size += 32 + 4 + 4 * entries.get(k)!.length;
  const out = Buffer.alloc(size);
  let at = 0;
  for (const k of keys) {
    const part = entries.get(k)!;
    at += out.write(k, at, 'hex');
    at = out.writeUInt32LE(part.length, at);
    for (const v of part) at = out.writeUInt32LE(v, at);
  }
  return out;
}

/** The entries back; null when the bytes are not a memo (their checksum already matched). */
export function decodeMemo(bytes: Buffer): Map<string, Partition> | null {
  const entries = new Map<string, Partition>();
  let at = 0;
  while (at < bytes.length) {
    if (at + 36 > bytes.length) return null;
    const key = bytes.toString('hex', at, at + 32);
    const n = bytes.readUInt32LE(at + 32);
    at += 36;
    if (at + 4 * n > bytes.length) return null;
    const part = new Uint32Array(n);
    for (let j = 0; j < n; j++, at += 4) part[j] = bytes.readUInt32LE(at);
    entries.set(key, part);
  }
  return entries;
}
