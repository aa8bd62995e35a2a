// A thread that writes the JSON formats of pass 2 while the main thread writes the CSV tables: each
// reads the spool and renders the documents itself, so the two halves of the writing run side by side.
// Its files are closed, not committed: the main thread puts them in place with its own, all at once.
import { parentPort } from 'node:worker_threads';
import type { Format, Source } from '../types.js';
import type { Pending } from '../write/atomic.js';
import { OutputWriter } from '../write/index.js';
import type { CacheConfig } from '../cache/index.js';
import { documentPlan, getSpooled, Renderer, type ThreadPlan } from './spooled.js';
import { Spool, type SpoolIndex } from './spool.js';
import { cachedJson, type Task } from './task.js';

export interface WriteThreadData {
  spool: SpoolIndex;
  /** The documents in path order, with the reference date: to read one again should its cache entry fail. */
  sources: Source[];
  referenceDate: string;
  /** The plan, but for its lists: see ThreadPlan. */
  plan: ThreadPlan;
  out: string;
  formats: Format[];
  meta: { version: string; referenceDate: string };
  /** The cache of documents, with the fingerprint of the code that analyses. */
  cache?: CacheConfig;
  /** The cache of rendered outputs, with the fingerprint of the code that renders. */
  rendering?: CacheConfig;
}

/** The second message: the end of extract.json, as UTF-8. */
export interface WriteThreadTail {
  tail: Uint8Array;
}

export type WriteThreadResult = { files: Pending[] } | { error: { message: string; code?: string; path?: string; name: string } };

// The thread starts with the run, so that it has loaded by the time there is something to write; the
// main thread sends what to write once the documents are linked.
parentPort!.once('message', (data: WriteThreadData) => {
  const tail = new Promise<Buffer[]>((resolve) =>
    parentPort!.once('message', (m: WriteThreadTail) => resolve([Buffer.from(m.tail.buffer, m.tail.byteOffset, m.tail.byteLength)])));
  void write(data, tail);
});

async function write(data: WriteThreadData, tail: Promise<Buffer[]>): Promise<void> {
  const writer = new OutputWriter(data.out, data.formats, data.meta);
  const spool = new Spool(data.spool);
  try {
    const renderer = new Renderer(writer.parts, documentPlan(data.plan), data.rendering);
    for (const [position, source] of data.sources.entries()) {
      const task: Task = { source, referenceDate: data.referenceDate, ...(data.cache ? { cache: data.cache } : {}) };
      writer.rendered(await renderer.render(getSpooled(spool, position, (key) => cachedJson(task, key)), source.path, position));
    }
    writer.close([], [], await tail);
    await writer.batch.settled();
    parentPort!.postMessage({ files: writer.batch.take() } satisfies WriteThreadResult);
  } catch (err) {
    writer.abort();
    const e = err as Error & { code?: string; path?: string };
    parentPort!.postMessage({ error: { message: e.message, name: e.name, ...(e.code ? { code: e.code } : {}), ...(e.path ? { path: e.path } : {}) } } satisfies WriteThreadResult);
  } finally {
    spool.close();
  }
}
