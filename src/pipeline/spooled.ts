// Pass 2's steps for one document, shared by the main thread and the thread that writes JSON: each
// spooled record is the document's cache key, what pass 2 needs of its summary, and its JSON (or, for
// a document the cache answered, a note that its JSON is there); its rendered text comes from the
// cache when the cache holds it for everything linking decided about it, else is made here.
import { createHash } from 'node:crypto';
import { renderedPut, renderedRead, type CacheConfig } from '../cache/index.js';
import { applyPlan, type DocumentPlan, type LinkPlan } from '../link/index.js';
import type { LinkSummary } from '../link/summary.js';
import type { ClaimCluster, OutDocument } from '../types.js';
import { type Part, renderDocument } from '../write/index.js';
import { restamp } from './failed.js';
import type { Spool } from './spool.js';

/** What pass 2 needs of a document's summary: what the run reports (what linking decided is in the plan). */
export interface Brief {
  status: LinkSummary['status'];
  diagnostics: LinkSummary['diagnostics'];
  /** How many claims it has. */
  claims: number;
  /** Its JSON is in the cache entry under its key, not in the spool. */
  inCache?: true;
}

export interface SpooledRecord {
  /** The document's cache key; empty without a cache. */
  key: string;
  brief: Brief;
  /** The document's JSON, as analysed (read only when asked). */
  json(): Promise<string>;
}

/** Where a document's JSON comes from when the spool holds only a note that the cache has it. */
export type CachedJson = (key: string) => Promise<string>;

/** `json` null: the document's JSON is in the cache entry under `key` (a cached document's is copied no more). */
export function putSpooled(spool: Spool, position: number, key: string | null, summary: LinkSummary, json: string | Buffer | null): void {
  const brief: Brief = { status: summary.status, diagnostics: summary.diagnostics, claims: summary.claims.length, ...(json === null ? { inCache: true } : {}) };
  spool.put(position, `${key ?? ''}\n${JSON.stringify(brief)}`, json ?? '');
}

export function getSpooled(spool: Spool, position: number, cached: CachedJson): SpooledRecord {
  const head = spool.head(position);
  const cut = head.indexOf('\n');
  const key = head.slice(0, cut);
  const brief = JSON.parse(head.slice(cut + 1)) as Brief;
  return { key, brief, json: async () => (brief.inCache ? cached(key) : spool.body(position)) };
}

/**
 * The plan as the writing thread gets it: what rendering a document needs, each claim's cluster as a
 * number into the list of cluster ids. The corpus lists follow as the end of extract.json (jsonTail),
 * made by the main thread while the other writes the documents: copied as objects, they cost the
 * writing thread more than all the rest of the plan.
 */
export interface ThreadPlan {
  rename: LinkPlan['rename'];
  claimsFrom: LinkPlan['claimsFrom'];
  decided: LinkPlan['decided'];
  clusterIds: string[];
  clusterOf: Uint32Array;
}

export function threadPlan(plan: LinkPlan): ThreadPlan {
  const index = new Map<string, number>();
  const clusterIds = plan.claimClusters.map((c, i) => (index.set(c.id, i), c.id));
  const clusterOf = Uint32Array.from(plan.clusterAt, (c) => index.get(c.id)!);
  return { rename: plan.rename, claimsFrom: plan.claimsFrom, decided: plan.decided, clusterIds, clusterOf };
}

/** The writing thread's plan, made whole again but for the lists. */
export function documentPlan(p: ThreadPlan): DocumentPlan {
  const clusters = p.clusterIds.map((id) => ({ id }));
  return { rename: p.rename, claimsFrom: p.claimsFrom, decided: p.decided, clusterAt: Array.from(p.clusterOf, (i) => clusters[i]!) };
}

/** Renders spooled documents for some parts of the outputs, through the cache when there is one. */
export class Renderer {
  /** Made on the first document rendered: a run served from the cache may render none. */
  private clusters: Map<string, ClaimCluster> | null = null;

  /**
   * `cache.fingerprint` here covers the code that links and renders (see fingerprint.ts). The plan's
   * clusters are needed for the CSV parts only (their sizes), not for the JSON ones.
   */
  constructor(
    private readonly parts: Part[], private readonly plan: DocumentPlan & { claimClusters?: ClaimCluster[] }, private readonly cache?: CacheConfig,
  ) {}

  /** The document at `position` in path order, spooled as `record`. */
  async render(record: SpooledRecord, path: string, position: number): Promise<Array<string | Buffer>> {
    if (this.parts.length === 0) return [];
    // Only analysed documents: a failure's text may not follow from its bytes (a worker that died).
    const key = this.cache && record.key && record.brief.status === 'ok' ? this.key(record.key, path, position) : null;
    const hit = key ? renderedRead(this.cache!, key, this.parts.length) : null;
    if (hit) return hit;
    const doc = applyPlan(restamp(JSON.parse(await record.json()) as OutDocument, path), this.plan, position);
    const clusters = (this.clusters ??= new Map((this.plan.claimClusters ?? []).map((c) => [c.id, c] as const)));
    const texts = renderDocument(doc, this.parts, (id) => (id ? clusters.get(id) : undefined));
    if (key) renderedPut(this.cache!, key, texts);
    return texts;
  }

  /** Everything a document's rendered text depends on: its analysis, path, parts and what linking decided. */
  private key(docKey: string, path: string, position: number): string {
    const lines = [this.cache!.fingerprint, docKey, path, this.parts.join(','), this.plan.decided[position]];
    return createHash('sha256').update(lines.join('\n')).digest('hex');
  }
}
