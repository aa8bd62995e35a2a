// Runs tasks in the main thread (one job) or in a pool of worker threads (piscina). The caller keeps a
// few tasks per job in flight, so memory stays bounded however many files there are.
import os from 'node:os';
import { Piscina } from 'piscina';
import type { OutDocument } from '../types.js';
import { ExtractError, isFatalMessage, type FatalMessage } from '../errors.js';
import { failedDocument } from './failed.js';
import { analyseRead, answer, lookUp, processTask, type Task } from './task.js';

/** Old-generation ceiling of one worker's heap; its live data is about a third of this. */
const WORKER_HEAP_MB = 192;
/**
 * Young generation of one worker's heap (V8's default is 48 MB). Tagging a document makes many objects
 * that live through a few collections of a default-sized young generation, are copied into the old one
 * and die there; with this size most die young. On 1,023 bench files with two jobs: CPU time 8-12%
 * less, peak RSS +70 MB (+100 MB on the whole 10 MB bench corpus). 56 MB saves as much; 96 MB no more.
 */
const WORKER_YOUNG_MB = 64;

export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * Input a thread must have to pay for itself: a thread spends about half a second loading the tagger
 * and the models and warming up, which on this much text is about what it saves (measured on 2 cores).
 */
export const BYTES_PER_THREAD = 512 * 1024;

/**
 * Threads for `files` files of `bytes` in all (one: the main thread). With --jobs, that many; without
 * (`auto`: the cores), one per BYTES_PER_THREAD. Never more than the files: one large file gains nothing
 * from a worker beside an idle main thread.
 */
export function threadsFor(jobs: number, bytes: number, files: number, auto = true): number {
  const wanted = auto ? Math.min(jobs, Math.max(1, Math.ceil(bytes / BYTES_PER_THREAD))) : jobs;
  return Math.min(wanted, Math.max(1, files));
}

/**
 * Threads for a run with a cache: chosen for the `bytes` of the `files` the cache lacks, not for the
 * corpus. While the main thread links the `held` documents the cache answers, even one document is
 * analysed by a worker beside it (`worker`), when more than one thread is allowed.
 */
export function threadsToAnalyse(jobs: number, bytes: number, files: number, auto: boolean, held: number): { threads: number; worker: boolean } {
  return { threads: threadsFor(jobs, bytes, files, auto), worker: jobs > 1 && held > 0 && files > 0 };
}

export interface Runner {
  run(task: Task): Promise<OutDocument>;
  close(): Promise<void>;
}

/**
 * `worker`: even one thread is a worker, leaving the main thread free (it has cached documents to link).
 * `warm`: one thread starts at once and loads the analysis before any document is sent; otherwise
 * threads start when the first document needs analysing. close() may be called again.
 */
export function createRunner(jobs: number, worker = false, warm = false): Runner {
  if (jobs <= 1 && !worker) return { run: processTask, close: async () => {} };
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: warm ? 1 : 0,
    workerData: { warm },
    maxThreads: Math.max(1, jobs),
    idleTimeout: 1000,
    // V8 grows a busy heap far beyond what it keeps alive; a ceiling keeps a long run's memory flat.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  // A thread that fails while it has no task (the warm one, as it loads) is reported by the pool as an
  // 'error' event, which unheard would end the process: a run the cache answers needs no thread at all,
  // and a task's own failure reaches it through run() below. A thread that fails before it is ready is
  // not replaced: with none left, the tasks queued would wait for ever (the run ending silently), so the
  // pool is given up and its documents are analysed in the main thread.
  let broken = false;
  pool.on('error', () => {
    if (pool.threads.length > 0 || pool.queueSize === 0) return;
    broken = true;
    void pool.destroy();
  });
  // The main thread reads and looks in the cache (cheap); workers only analyse.
  const run = async (task: Task): Promise<OutDocument> => {
    const found = await lookUp(task);
    if (!('read' in found)) return answer(found, task.source.path);
    if (broken) return analyseRead(found.read, task, found.key);
    let out: OutDocument | FatalMessage;
    try {
      out = (await pool.run({ ...task, bytes: found.bytes, missed: true })) as OutDocument | FatalMessage;
    } catch (err) {
      // A document too big for a worker's heap is analysed in the main thread, which has no ceiling.
      if (broken || (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') return analyseRead(found.read, task, found.key);
      // A worker that dies otherwise costs its document, reported as an error, not the run.
      return failedDocument(task.source, found.read.sha256, { code: 'INTERNAL', severity: 'error', message: `worker failed: ${(err as Error).message}` });
    }
    if (isFatalMessage(out)) throw new ExtractError(out.fatal.code, out.fatal.message, out.fatal.path);
    return out;
  };
  let closed: Promise<void> | null = null;
  return { run, close: () => (closed ??= pool.destroy()) };
}
