// One document's per-document work: read, look in the cache, analyse, store. Its result never
// depends on other documents. The analysis modules (compromise, the models) are loaded only when a
// document must really be analysed, so a run served from the cache never pays for them.
import { cacheGet, cacheKey, cachePut, type CacheConfig } from '../cache/index.js';
import { decodeSource, readBytes } from '../read/index.js';
import type { OutDocument, ReadOk, ReadResult, Source } from '../types.js';
import { failedDocument, restamp } from './failed.js';

export interface Task {
  source: Source;
  referenceDate: string;
  /** Bytes already read (standard input, or read by the main thread); otherwise source.file is read. */
  bytes?: Uint8Array;
  cache?: CacheConfig;
  /** The main thread already looked in the cache and found nothing. */
  missed?: boolean;
}

/** Reads the task's input and answers from the cache when it can; null means: analyse `read`. */
export async function lookUp(task: Task): Promise<{ done: OutDocument } | { read: ReadOk; bytes: Uint8Array; key: string | null }> {
  const bytes = task.bytes ?? (await readBytes(task.source));
  const read: ReadResult = bytes instanceof Uint8Array ? decodeSource(task.source, bytes) : bytes;
  if (!read.ok) return { done: failedDocument(read.source, read.sha256, read.error, read.diagnostics) };
  const ok = { read, bytes: bytes as Uint8Array };
  if (!task.cache) return { ...ok, key: null };
  const key = cacheKey(task.cache, read.sha256, task.referenceDate);
  // Cached results are stored as analysed; path-derived fields are stamped for this path.
  const cached = task.missed ? null : cacheGet(task.cache, key);
  return cached ? { done: restamp(cached, task.source.path) } : { ...ok, key };
}

export async function analyseRead(read: ReadOk, task: Task, key: string | null): Promise<OutDocument> {
  const { analyseSafely } = await import('./document.js');
  const doc = analyseSafely(read, task.referenceDate);
  if (key && task.cache && doc.status === 'ok') cachePut(task.cache, key, doc);
  return doc;
}

export async function processTask(task: Task): Promise<OutDocument> {
  const found = await lookUp(task);
  return 'done' in found ? found.done : analyseRead(found.read, task, found.key);
}
