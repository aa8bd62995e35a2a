// One document's per-document work: read, look in the cache, analyse, store. Its result never
// depends on other documents. The analysis modules (compromise, the models) are loaded only when a
// document must really be analysed, so a run served from the cache never pays for them.
import { cacheKey, cachePut, cacheRead, type CacheConfig } from '../cache/index.js';
import { decodeSource, hashBytes, readBytes } from '../read/index.js';
import type { OutDocument, ReadOk, Source } from '../types.js';
import { linkSummary, packSummary, unpackSummary, type LinkSummary } from '../link/summary.js';
import { failedDocument, restamp, restampClaims } from './failed.js';
import { prefetchModel } from '../ner/model-file.js';

export interface Task {
  source: Source;
  referenceDate: string;
  /** Bytes already read (standard input, or read by the main thread); otherwise source.file is read. */
  bytes?: Uint8Array;
  cache?: CacheConfig;
  /** The main thread already looked in the cache and found nothing. */
  missed?: boolean;
}

/** A document the cache answered: its link summary (for this path) and its JSON's bytes (as analysed, to restamp). */
export interface Cached {
  summary: LinkSummary;
  json: Buffer;
}

export type Answer = { done: OutDocument } | { cached: Cached };
export type Found = Answer | { read: ReadOk; bytes: Uint8Array; key: string | null };

/** The document a look-up answered, for this path. */
export function answer(found: Answer, path: string): OutDocument {
  return 'done' in found ? found.done : restamp(JSON.parse(found.cached.json.toString('utf8')) as OutDocument, path);
}

/** The task's bytes, their hash and its cache key (null without a cache); or the document, when they cannot be read. */
export async function readKeyed(task: Task): Promise<{ done: OutDocument } | { bytes: Uint8Array; sha256: string; key: string | null }> {
  const bytes = task.bytes ?? (await readBytes(task.source));
  if (!(bytes instanceof Uint8Array)) return { done: failedDocument(bytes.source, bytes.sha256, bytes.error, bytes.diagnostics) };
  const sha256 = hashBytes(bytes);
  return { bytes, sha256, key: task.cache ? cacheKey(task.cache, sha256, task.referenceDate) : null };
}

/** The cache's answer for the task's key, stamped for the task's path (cached results are stored as analysed). */
export function fromCache(task: Task, key: string): Cached | null {
  const entry = task.cache ? cacheRead(task.cache, key) : null;
  return entry ? { summary: restampClaims(unpackSummary(entry.summary), task.source.path), json: entry.json } : null;
}

/**
 * The JSON of a document the cache answered earlier in this run, read from the cache again. An entry
 * damaged or gone since is not trusted: the document is analysed afresh (and stored again), unless its
 * bytes have changed too, which would make it another document than the one linked.
 */
export async function cachedJson(task: Task, key: string): Promise<string> {
  const entry = task.cache ? cacheRead(task.cache, key) : null;
  if (entry) return entry.json.toString('utf8');
  const found = await lookUp({ ...task, missed: true });
  if (!('read' in found) || found.key !== key) throw new Error(`${task.source.path} changed while extract was running`);
  return JSON.stringify(await analyseRead(found.read, task, found.key));
}

/**
 * Reads the task's input and answers from the cache when it can; a document that cannot be read is
 * `done`; otherwise gives what to analyse. The cache is asked before the bytes are decoded: it holds
 * only documents that were decoded and analysed.
 */
export async function lookUp(task: Task): Promise<Found> {
  const found = await readKeyed(task);
  if ('done' in found) return found;
  const cached = found.key && !task.missed ? fromCache(task, found.key) : null;
  if (cached) return { cached };
  const read = decodeSource(task.source, found.bytes, found.sha256);
  if (!read.ok) return { done: failedDocument(read.source, read.sha256, read.error, read.diagnostics) };
  return { read, bytes: found.bytes, key: found.key };
}

/** The analysis modules, loaded; the name model is read and unpacked off the main thread meanwhile. */
export async function loadAnalysis(): Promise<typeof import('./document.js')> {
  const [analysis] = await Promise.all([import('./document.js'), prefetchModel()]);
  return analysis;
}

export async function analyseRead(read: ReadOk, task: Task, key: string | null): Promise<OutDocument> {
  const { analyseSafely } = await loadAnalysis();
  const doc = analyseSafely(read, task.referenceDate);
  if (key && task.cache && doc.status === 'ok') cachePut(task.cache, key, doc, packSummary(linkSummary(doc)));
  return doc;
}

export async function processTask(task: Task): Promise<OutDocument> {
  const found = await lookUp(task);
  return 'read' in found ? analyseRead(found.read, task, found.key) : answer(found, task.source.path);
}
