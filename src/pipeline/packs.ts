// Which packs of summaries (cache/pack.ts) a cached run reads and which it writes again: a pack that
// lacks one of its documents, holds one its stretch of paths no longer has, or could not be read, is
// made again from this run's summaries once the last of its documents is spooled. Documents read from
// standard input are left out: they are not read again, so their JSON must be spooled, which a pack
// does not hold.
import { type CacheConfig, packTouch, prunePacks } from '../cache/index.js';
import { packName, packStarts, readPack, writePack } from '../cache/pack.js';
import type { LinkSummary } from '../link/summary.js';
import type { Source } from '../types.js';

export class Packs {
  /** By position: its pack's number, or -1 (standard input). */
  private readonly packOf: Int32Array;
  private readonly names: string[] = [];
  /** By pack: the positions of its documents. */
  private readonly members: number[][] = [];
  /** By position: the document's cache key, once known. */
  private readonly keys: Array<string | undefined> = [];
  /** The pack read last (packs are read in path order), and its number. */
  private found: Map<string, () => LinkSummary> | null = null;
  private foundAt = -1;
  private readonly stale: boolean[] = [];
  /** By pack: its documents not spooled yet. */
  private readonly waiting: number[] = [];
  /** By stale pack: what it will hold, by key. */
  private readonly kept: Array<Map<string, LinkSummary>> = [];
  /** Documents whose summary came from a pack. */
  answered = 0;

  constructor(private readonly cache: CacheConfig, sources: Source[]) {
    this.packOf = new Int32Array(sources.length).fill(-1);
    const covered = sources.flatMap((s, position) => (s.file !== null ? [position] : []));
    const starts = packStarts(covered.map((position) => sources[position]!.path));
    starts.forEach((from, p) => {
      const members = covered.slice(from, starts[p + 1] ?? covered.length);
      for (const position of members) this.packOf[position] = p;
      this.names.push(packName(sources[members[0]!]!.path));
      this.members.push(members);
      this.waiting.push(members.length);
      this.kept.push(new Map());
    });
  }

  /** Every cached document's key, before any is looked up; `missing`: the cache lacks it, so its pack must be made again. */
  expect(position: number, key: string, missing: boolean): void {
    this.keys[position] = key;
    if (missing && this.packOf[position]! >= 0) this.stale[this.packOf[position]!] = true;
  }

  /** The summary of the document at `position` (looked up in path order), to unpack; null when its pack lacks it. */
  lookUp(position: number): (() => LinkSummary) | null {
    const p = this.packOf[position]!;
    if (p < 0) return null;
    if (p !== this.foundAt) {
      this.foundAt = p;
      this.found = readPack(this.cache, this.names[p]!);
      // Known before any of its documents is spooled: a pack that differs from its stretch is kept whole for writing.
      const keys = new Set<string>();
      for (const at of this.members[p]!) if (this.keys[at] !== undefined) keys.add(this.keys[at]);
      if (!this.found || [...keys].some((k) => !this.found!.has(k)) || [...this.found.keys()].some((k) => !keys.has(k))) this.stale[p] = true;
      else packTouch(this.cache, this.names[p]!);
    }
    const summary = this.found?.get(this.keys[position]!) ?? null;
    if (summary) this.answered++;
    return summary;
  }

  /** A document spooled, with its key (null: not cached) and summary; a stale pack is written once its last one is. */
  spooled(position: number, key: string | null, summary: LinkSummary): void {
    const p = this.packOf[position]!;
    if (p < 0) return;
    if (this.stale[p] && key !== null && summary.status === 'ok') this.kept[p]!.set(key, summary);
    if (--this.waiting[p]! > 0) return;
    if (this.stale[p]) writePack(this.cache, this.names[p]!, [...this.kept[p]!].map(([key, summary]) => ({ key, summary })));
    this.kept[p]!.clear();
  }

  /** Once every document is spooled: packs no run has used for long are removed (see prunePacks). */
  prune(): void {
    prunePacks(this.cache, new Set(this.names));
  }
}
