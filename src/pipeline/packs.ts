// Which packs of summaries (cache/pack.ts) a cached run reads and which it writes again: a pack that
// lacks one of its documents, or could not be read, is made again from this run's summaries once the
// last of its documents is spooled. Documents read from standard input are left out: they are not
// read again, so their JSON must be spooled, which a pack does not hold.
import type { CacheConfig } from '../cache/index.js';
import { PACK_SIZE, packName, readPack, writePack } from '../cache/pack.js';
import type { LinkSummary } from '../link/summary.js';
import type { Source } from '../types.js';

export class Packs {
  private readonly names: string[] = [];
  /** By position: the document's cache key, once known. */
  private readonly keys: Array<string | undefined> = [];
  /** The pack read last (packs are read in path order), and its number. */
  private found: Map<string, () => LinkSummary> | null = null;
  private foundAt = -1;
  private readonly stale: boolean[] = [];
  /** By pack: its documents not spooled yet. */
  private readonly waiting: number[] = [];
  /** By stale pack: what it will hold. */
  private readonly kept: Array<Array<{ key: string; summary: LinkSummary }>> = [];

  constructor(private readonly cache: CacheConfig, private readonly sources: Source[]) {
    for (let from = 0; from < sources.length; from += PACK_SIZE) {
      const covered = sources.slice(from, from + PACK_SIZE).filter((s) => s.file !== null);
      this.names.push(packName(cache, covered.map((s) => s.path)));
      this.waiting.push(covered.length);
      this.kept.push([]);
    }
  }

  /** Every cached document's key, before any is looked up; `missing`: the cache lacks it, so its pack must be made again. */
  expect(position: number, key: string, missing: boolean): void {
    this.keys[position] = key;
    if (missing) this.stale[Math.floor(position / PACK_SIZE)] = true;
  }

  /** The summary of the document at `position` (looked up in path order), to unpack; null when its pack lacks it. */
  lookUp(position: number): (() => LinkSummary) | null {
    if (this.sources[position]!.file === null) return null;
    const p = Math.floor(position / PACK_SIZE);
    if (p !== this.foundAt) {
      this.foundAt = p;
      this.found = readPack(this.cache, this.names[p]!);
      // Known before any of its documents is spooled: a pack that lacks one is kept whole for writing.
      for (let at = p * PACK_SIZE; at < Math.min(this.sources.length, (p + 1) * PACK_SIZE); at++) {
        const key = this.keys[at];
        if (key !== undefined && this.sources[at]!.file !== null && !this.found?.has(key)) this.stale[p] = true;
      }
    }
    return this.found?.get(this.keys[position]!) ?? null;
  }

  /** A document spooled, with its key (null: not cached) and summary; a stale pack is written once its last one is. */
  spooled(position: number, key: string | null, summary: LinkSummary): void {
    if (this.sources[position]!.file === null) return;
    const p = Math.floor(position / PACK_SIZE);
    if (this.stale[p] && key !== null && summary.status === 'ok') this.kept[p]!.push({ key, summary });
    if (--this.waiting[p]! > 0) return;
    if (this.stale[p]) writePack(this.cache, this.names[p]!, this.kept[p]!);
    this.kept[p] = [];
  }
}
