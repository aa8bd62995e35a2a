// One document's whole per-document work: read, look in the cache, analyse, store. It runs in the
// main thread (--jobs 1) or in a worker; its result never depends on other documents.
import { cacheGet, cacheKey, cachePut, type CacheConfig } from '../cache/index.js';
import { decodeSource, readSource } from '../read/index.js';
import type { OutDocument, ReadResult, Source } from '../types.js';
import { analyseSafely, restamp } from './document.js';

export interface Task {
  source: Source;
  referenceDate: string;
  /** Bytes already read (standard input); otherwise the worker reads source.file. */
  bytes?: Uint8Array;
  cache?: CacheConfig;
}

export async function processTask(task: Task): Promise<OutDocument> {
  const read: ReadResult = task.bytes ? decodeSource(task.source, task.bytes) : await readSource(task.source);
  if (!read.ok || !task.cache) return analyseSafely(read, task.referenceDate);
  const key = cacheKey(task.cache, read.sha256, task.referenceDate);
  const cached = cacheGet(task.cache, key);
  // Cached results are stored as analysed; path-derived fields are stamped for this path.
  if (cached) return restamp(cached, task.source.path);
  const doc = analyseSafely(read, task.referenceDate);
  if (doc.status === 'ok') cachePut(task.cache, key, doc);
  return doc;
}
