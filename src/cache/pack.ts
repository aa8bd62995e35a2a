// The link summaries of a stretch of consecutive documents (in path order), in one cache file: a cached
// run then opens one file per PACK_SIZE documents or so instead of one per document, and reads their
// summaries without the documents' JSON beside them. Where a stretch begins is decided by the paths
// themselves (a path chosen by its hash starts one), not by counting, so adding or removing a file
// changes the one stretch it falls in and leaves every other pack as it was. A pack is named by the
// path that begins it and holds each summary under its document's cache key, so it answers only for
// documents whose bytes, code and reference date are those it was made from; a pack that misses one
// is made again, in place. It only speeds up: a damaged pack is dropped, and its documents are read
// from their own entries.
import { createHash } from 'node:crypto';
import type { EntityType, OutDiagnostic } from '../types.js';
import type { LinkSummary } from '../link/summary.js';
import { type CacheConfig, packPut, packRead } from './index.js';

/** Documents per pack on average: small enough that a changed document rewrites little, large enough that few files are opened. */
export const PACK_SIZE = 128;
/** A stretch of paths none of which starts a pack is cut after this many: no pack grows unbounded. */
export const PACK_MAX = 4 * PACK_SIZE;
/** The layout below; part of a pack's name, so that another layout is never parsed as this one. */
const LAYOUT = 3;

type Entity = [id: number, type: EntityType, name: number, aliases: number[], mentions: number, value?: string];
/** A document: its key, status, diagnostics, entities, and its claims as pairs of numbers (source, words). */
type Doc = [key: string, status: LinkSummary['status'], diagnostics: OutDiagnostic[], entities: Entity[], claims: number[]];
/**
 * Strings that repeat from document to document (entity ids and names, claim sources and content words; wire copy
 * repeats itself) are stored once: the file is smaller, and the unpacked summaries share one string
 * for each, which the linker's maps then hash once.
 */
type Pack = [strings: string[], docs: Doc[]];

/** A 32-bit hash of a path (FNV-1a, then mixed so that its low bits depend on every character). */
function pathHash(path: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Where the packs of these paths (sorted) begin, as indexes: at the first path, at each path whose
 * hash picks it (one in PACK_SIZE), and after PACK_MAX paths without one (a file added inside such a long
 * stretch moves the later cuts of that stretch: its packs are made again, a cost in time only).
 */
export function packStarts(paths: string[]): number[] {
  const starts: number[] = [];
  paths.forEach((p, i) => {
    if (i === 0 || pathHash(p) % PACK_SIZE === 0 || i - starts[starts.length - 1]! >= PACK_MAX) starts.push(i);
  });
  return starts;
}

/** The name of the pack that begins at this path. Neither the code's fingerprint nor the reference
 *  date is part of it (the keys inside carry both): a pack they make stale is written again in place, so
 *  runs over one cache with different reference dates rewrite each other's packs (a cost in time only). */
export function packName(firstPath: string): string {
  return createHash('sha256').update(`${LAYOUT}\n${firstPath}`).digest('hex');
}

export function writePack(config: CacheConfig, name: string, docs: Array<{ key: string; summary: LinkSummary }>): void {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const packed = docs.map(({ key, summary: s }): Doc => [
    key, s.status, s.diagnostics,
    s.entities.map((e): Entity => {
      const entity: Entity = [intern(e.id), e.type, intern(e.name), e.aliases.map(intern), e.mentions];
      if (e.value !== undefined) entity.push(e.value);
      return entity;
    }),
    s.claims.flatMap((c) => [intern(c.source), intern(c.words)]),
  ]);
  packPut(config, name, JSON.stringify([strings, packed] satisfies Pack));
}

/** By cache key, the summaries a pack holds (claim ids left empty, as unpackSummary leaves them); null when there is no sound pack. */
export function readPack(config: CacheConfig, name: string): Map<string, () => LinkSummary> | null {
  const text = packRead(config, name);
  if (text === null) return null;
  try {
    const [strings, docs] = JSON.parse(text) as Pack;
    // The checksum vouches for the bytes; this, that they are a pack of this layout.
    const bad = (i: unknown): boolean => typeof i !== 'number' || !(i >= 0 && i < strings.length);
    for (const [, , , entities, flat] of docs) {
      if (entities.some((e) => bad(e[0]) || bad(e[2]) || e[3].some(bad)) || flat.some(bad)) return null;
    }
    const at = (i: number): string => strings[i]!;
    const found = new Map<string, () => LinkSummary>();
    for (const [key, status, diagnostics, entities, flat] of docs) {
      // Unpacked when asked, afresh each time: a summary's claims get ids for the path that asks.
      found.set(key, () => {
        const claims: LinkSummary['claims'] = [];
        for (let i = 0; i < flat.length; i += 2) claims.push({ id: '', source: at(flat[i]!), words: at(flat[i + 1]!) });
        return {
          status,
          diagnostics,
          // No spread of an optional field: a cached run unpacks every entity of the corpus.
          entities: entities.map(([id, type, name, aliases, mentions, value]) => {
            const entity: LinkSummary['entities'][number] = { id: at(id), type, name: at(name), aliases: aliases.map(at), mentions };
            if (value !== undefined) entity.value = value;
            return entity;
          }),
          claims,
        };
      });
    }
    return found;
  } catch {
    return null;
  }
}
