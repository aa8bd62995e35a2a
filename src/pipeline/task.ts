// One document's per-document work: read, look in the cache, analyse, store. Its result never
// depends on other documents. The analysis modules (compromise, the models) are loaded only when a
// document must really be analysed, so a run served from the cache never pays for them.
import { cacheKey, cachePut, cacheRead, type CacheConfig } from '../cache/index.js';
import { decodeSource, hashBytes, readBytes } from '../read/index.js';
import type { OutDocument, ReadOk, Source } from '../types.js';
import { linkSummary, type LinkSummary } from '../link/summary.js';
import { failedDocument, restamp, restampClaims } from './failed.js';

export interface Task {
  source: Source;
  referenceDate: string;
  /** Bytes already read (standard input, or read by the main thread); otherwise source.file is read. */
  bytes?: Uint8Array;
  cache?: CacheConfig;
  /** The main thread already looked in the cache and found nothing. */
  missed?: boolean;
}

/** A document the cache answered: its link summary (for this path) and its JSON (as analysed, to restamp). */
export interface Cached {
  summary: LinkSummary;
  json: string;
}

/**
 * Reads the task's input and answers from the cache when it can; a document that cannot be read is
 * `done`; otherwise gives what to analyse. The cache is asked before the bytes are decoded: it holds
 * only documents that were decoded and analysed.
 */
export type Answer = { done: OutDocument } | { cached: Cached };
export type Found = Answer | { read: ReadOk; bytes: Uint8Array; key: string | null };

/** The document a look-up answered, for this path. */
export function answer(found: Answer, path: string): OutDocument {
  return 'done' in found ? found.done : restamp(JSON.parse(found.cached.json) as OutDocument, path);
}

export async function lookUp(task: Task): Promise<Found> {
  const bytes = task.bytes ?? (await readBytes(task.source));
  if (!(bytes instanceof Uint8Array)) return { done: failedDocument(bytes.source, bytes.sha256, bytes.error, bytes.diagnostics) };
  const sha256 = hashBytes(bytes);
  const key = task.cache ? cacheKey(task.cache, sha256, task.referenceDate) : null;
  const entry = key && task.cache && !task.missed ? cacheRead(task.cache, key) : null;
  // Cached results are stored as analysed; path-derived fields are stamped for this path.
  if (entry) return { cached: { summary: restampClaims(JSON.parse(entry.summary) as LinkSummary, task.source.path), json: entry.json } };
  const read = decodeSource(task.source, bytes, sha256);
  if (!read.ok) return { done: failedDocument(read.source, read.sha256, read.error, read.diagnostics) };
  return { read, bytes, key };
}

export async function analyseRead(read: ReadOk, task: Task, key: string | null): Promise<OutDocument> {
  const { analyseSafely } = await import('./document.js');
  const doc = analyseSafely(read, task.referenceDate);
  if (key && task.cache && doc.status === 'ok') cachePut(task.cache, key, doc, linkSummary(doc));
  return doc;
}

export async function processTask(task: Task): Promise<OutDocument> {
  const found = await lookUp(task);
  return 'read' in found ? analyseRead(found.read, task, found.key) : answer(found, task.source.path);
}
