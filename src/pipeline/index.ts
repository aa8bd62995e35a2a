// The whole run: discover → (read → segment → entities → claims, per document, in workers) → link → write.
// Pass 1 spools every document to disk, by its position in path order, while the linker keeps only
// names, counts and claim signatures: documents the cache lacks are sent to be analysed as soon as they
// are found, and those it holds are linked meanwhile. Pass 2 reads the spool back in path order, links
// each document and streams it into every output format. Memory holds a few documents at a time, not
// the corpus.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { ExtractError } from '../errors.js';
import path from 'node:path';
import { comparePaths, discover } from '../discover/index.js';
import { Linker, type LinkPlan } from '../link/index.js';
import { readStdin } from '../read/index.js';
import type { Diagnostic, Format, Options, OutDocument } from '../types.js';
import { VERSION } from '../version.js';
import { prepareOutDir } from '../write/atomic.js';
import type { Pending } from '../write/atomic.js';
import { FILES, OutputWriter } from '../write/index.js';
import { restamp, restampClaims } from './failed.js';
import { Packs } from './packs.js';
import { cacheHas, checkCacheDir, memoPut, memoRead } from '../cache/index.js';
import { ClusterMemo, encodeMemo } from '../link/memo.js';
import { codeFingerprint, renderFingerprint } from './fingerprint.js';
import { createRunner, type Runner, threadsFor, threadsToAnalyse } from './runner.js';
import { inShard, SHARD_FILE, type ShardHeader } from './shard.js';
import { Spool } from './spool.js';
import { type Brief, getSpooled, putSpooled, Renderer, threadPlan } from './spooled.js';
import { linkSummary, type LinkSummary } from '../link/summary.js';
import type { WriteThreadData, WriteThreadResult, WriteThreadTail } from './write-thread.js';
import { jsonTail } from '../write/json.js';
import { type Cached, cachedJson, fromCache, readKeyed, type Task } from './task.js';

/**
 * From this many documents, extract.json and extract.jsonl are written by a thread of their own, beside
 * the CSV tables. It starts with the run, so that it loads while documents are analysed or read from the
 * cache. Without CSV the main thread would only wait for it, so it writes them itself.
 */
export const WRITE_THREAD_DOCUMENTS = 64;

export interface RunHooks {
  /** Supplies standard input's bytes (tests); defaults to process.stdin. */
  stdin?: () => Promise<Uint8Array>;
  /** Called as documents finish: done of total. */
  progress?: (done: number, total: number) => void;
  /** Whether the JSON formats are written by a thread of their own (tests); by default, from WRITE_THREAD_DOCUMENTS. */
  writeThread?: boolean;
}

export interface Problem {
  path: string | null;
  diagnostic: Diagnostic;
}

export interface RunSummary {
  files: number;
  failed: number;
  entities: number;
  claims: number;
  warnings: number;
  written: string[];
  outDir: string;
  problems: Problem[];
  /** Documents analysed in this run, as opposed to answered by the cache. */
  analysed: number;
  /** Documents the cache answered whose link summary came from a pack (see cache/pack.ts). */
  packed: number;
}

export async function run(options: Options, hooks: RunHooks = {}): Promise<RunSummary> {
  // With a cache and threads to spare, a worker starts loading the analysis (about 0.6 s) before the
  // files are even found, for the first document the cache lacks: a re-run's changed file is analysed
  // beside the linking of the others instead of after it. A run the cache answers whole closes it unused.
  // A thread that cannot be started (EAGAIN under a limit of processes) leaves the run as it was without one.
  let warm: Runner | null = null;
  try {
    if (options.cache && options.jobs > 1) warm = createRunner(options.jobs, true, true);
  } catch {
    warm = null;
  }
  try {
    return await runWith(options, hooks, warm);
  } finally {
    await warm?.close();
  }
}

async function runWith(options: Options, hooks: RunHooks, warm: Runner | null): Promise<RunSummary> {
  const found = discover(options.patterns, options.ignore, options.cwd);
  const shard = options.shard;
  const sources = [...found.sources, ...found.missing]
    .filter((s) => !shard || inShard(s.path, shard))
    .sort((a, b) => comparePaths(a.path, b.path));
  prepareOutDir(options.out);
  if (options.cache) checkCacheDir(options.cache);

  const stdinBytes = sources.some((s) => s.file === null) ? await (hooks.stdin ?? readStdin)() : undefined;
  const cache = options.cache ? { dir: options.cache, fingerprint: codeFingerprint() } : undefined;
  const task = (position: number): Task => {
    const source = sources[position]!;
    return { source, referenceDate: options.referenceDate, ...(source.file === null ? { bytes: stdinBytes } : {}), ...(cache ? { cache } : {}) };
  };

  // The spool lives beside the outputs, under a name of its own (opened below, where a failure to
  // write there is reported as the output's).
  const spoolFile = path.join(options.out, `.extract-spool.${process.pid}`);
  let spool: Spool | null = null;
  const summary: RunSummary = {
    files: 0, failed: 0, entities: 0, claims: 0, warnings: found.diagnostics.length, written: [], outDir: options.out,
    problems: found.diagnostics.map((d) => ({ path: null, diagnostic: d })), analysed: 0, packed: 0,
  };
  // Dropped once it has made the plan: pass 2 needs the plan, not the tallies behind it.
  let linker: Linker | null = new Linker();
  let ready = 0;
  // Summaries come in packs, but for shards: shard.jsonl needs every document's JSON in the spool.
  const packs = cache && !shard ? new Packs(cache, sources) : null;
  // A summary read from a pack comes without the document's JSON.
  const spoolDocument = (position: number, doc: OutDocument | Cached | { summary: LinkSummary; json?: undefined }, key: string | null): void => {
    const cached = 'summary' in doc;
    const summary = cached ? doc.summary : linkSummary(doc);
    linker!.addSummary(summary, position);
    // A cached document's JSON stays in the cache, read again only if its output must be made afresh;
    // shard.jsonl needs every document's, and standard input cannot be read again should the entry fail.
    const inCache = cached && !shard && sources[position]!.file !== null;
    const json = cached ? doc.json : JSON.stringify(doc);
    if (!inCache && json === undefined) throw new Error(`no JSON for ${sources[position]!.path}`);
    putSpooled(spool!, position, key, summary, inCache ? null : json!);
    packs?.spooled(position, key, summary);
    hooks.progress?.(++ready, sources.length);
  };
  // Documents to analyse go to the runner, a bounded number at a time, and are spooled as they finish:
  // with a cache, analysis runs beside the linking of the documents the cache answers.
  let window = Math.max(2, options.jobs * 4);
  const inFlight: Array<Promise<void>> = [];
  const analyse = async (runner: Runner, position: number, key: string | null = null): Promise<void> => {
    summary.analysed++;
    const p = runner.run({ ...task(position), ...(cache ? { missed: true } : {}) }).then((doc) => spoolDocument(position, doc, key));
    p.catch(() => {}); // awaited below; this only keeps an early rejection from going unhandled
    inFlight.push(p);
    if (inFlight.length >= window) await inFlight.shift();
  };
  const threaded = options.formats.filter((f) => f !== 'csv');
  const useThread = threaded.length > 0 &&
    (hooks.writeThread ?? (threaded.length < options.formats.length && sources.length >= WRITE_THREAD_DOCUMENTS));
  const thread = useThread ? startWriteThread(threaded) : null;
  try {
    const spooled = (spool = new Spool(spoolFile, sources.length));
    let runner: Runner | null = null;
    try {
      if (!cache) {
        runner = createRunner(threadsFor(options.jobs, inputBytes(sources, stdinBytes), sources.length, options.autoJobs));
        for (let position = 0; position < sources.length; position++) await analyse(runner, position);
      } else {
        // First every document's key: the threads are chosen for what the cache lacks, not for the corpus.
        const held: Array<[number, string]> = [];
        const missing: Array<[number, string]> = [];
        let [missingBytes, missingFiles] = [0, 0];
        // The first document the cache lacks is handed to the warm worker at once, which the rest of this
        // loop and the linking of the cached documents then hide. With threads to spare, documents are
        // looked up newest first, so that a changed one is found at the start, not halfway. How many
        // threads, the rest of the loop decides.
        let early: Runner | null = null;
        for (const position of options.jobs > 1 ? newestFirst(sources) : sources.keys()) {
          const found = await readKeyed(task(position));
          if ('done' in found) spoolDocument(position, found.done, null);
          else {
            const has = cacheHas(cache, found.key!);
            packs?.expect(position, found.key!, !has);
            if (has) held.push([position, found.key!]);
            else {
              missingBytes += found.bytes.length;
              if (missingFiles++ > 0 || !warm) missing.push([position, found.key!]);
              else await analyse((early = runner = warm), position, found.key!);
            }
          }
        }
        if (!early) await warm?.close();
        // Packs are read in path order.
        held.sort((a, b) => a[0] - b[0]);
        missing.sort((a, b) => a[0] - b[0]);
        const threads = threadsToAnalyse(options.jobs, missingBytes, missingFiles, options.autoJobs, held.length);
        // The early pool may start up to --jobs threads, one per task in flight: no more tasks than the threads chosen.
        if (early && threads.threads < options.jobs) window = threads.threads;
        const worker = (runner = early ?? createRunner(threads.threads, threads.worker));
        const feeding = (async () => {
          for (const [position, key] of missing) await analyse(worker, position, key);
        })();
        feeding.catch(() => {}); // awaited below
        for (let i = 0; i < held.length; i++) {
          // A turn of the event loop now and then, so that the threads are handed their documents and
          // their results are spooled while the cached ones are read.
          if (i % 32 === 31) await new Promise((resolve) => setImmediate(resolve));
          const [position, key] = held[i]!;
          // The summary from its pack, else from the document's own entry.
          const packed = packs?.lookUp(position);
          const cached = packed ? { summary: restampClaims(packed(), sources[position]!.path) } : fromCache(task(position), key);
          // An entry found damaged now is recomputed like a missing one.
          if (cached) spoolDocument(position, cached, key);
          else await analyse(worker, position, key);
        }
        await feeding;
      }
      await Promise.all(inFlight);
      summary.packed = packs?.answered ?? 0;
      packs?.prune();
    } finally {
      await runner?.close();
    }
    const rendering = cache ? { dir: cache.dir, fingerprint: renderFingerprint() } : undefined;
    // Clusters kept from the last run over this cache (not a shard's: shards sharing a cache would take turns).
    const memo = rendering && !shard ? ClusterMemo.read(memoRead(rendering)) : undefined;
    const plan = linker.plan(memo);
    if (memo?.changed) memoPut(rendering!, encodeMemo(memo.entries()));
    linker = null;
    summary.entities = plan.entities.length;
    const header: ShardHeader | null = shard
      ? { extractShard: 1, shard: `${shard.index}/${shard.count}`, version: VERSION, referenceDate: options.referenceDate }
      : null;
    const paths = sources.map((s) => s.path);
    const meta = { version: VERSION, referenceDate: options.referenceDate };
    thread?.start({
      spool: spooled.index(), sources, referenceDate: options.referenceDate, plan: threadPlan(plan), out: options.out, formats: threaded, meta,
      ...(cache && rendering ? { cache, rendering } : {}),
    });
    // Made here while the thread writes the documents (see ThreadPlan).
    thread?.end(jsonTail(plan.entities, plan.claimClusters));
    const here = options.formats.filter((f) => !thread?.formats.includes(f));
    const writer = new OutputWriter(options.out, here, meta);
    const renderer = new Renderer(writer.parts, plan, rendering);
    summary.written = await writeAll(writer, plan, options, header, thread, async (write) => {
      for (let position = 0; position < sources.length; position++) {
        const record = getSpooled(spooled, position, (key) => cachedJson(task(position), key));
        recordSummary(summary, paths[position]!, record.brief);
        const unlinked = header ? restamp(JSON.parse(await record.json()) as OutDocument, paths[position]!) : null;
        write(await renderer.render(record, paths[position]!, position), unlinked && (() => unlinked));
      }
    });
  } catch (err) {
    await thread?.abort();
    throw outputError(err, options.out);
  } finally {
    spool?.close();
    fs.rmSync(spoolFile, { force: true });
  }
  return summary;
}

/**
 * Positions of the sources, the most recently changed file first (by the later of its modification and
 * status-change times, which no tool sets back); standard input first, a file that cannot be stat'ed last.
 */
function newestFirst(sources: Array<{ file: string | null }>): number[] {
  const changed = sources.map((s) => {
    if (s.file === null) return Infinity;
    try {
      const stat = fs.statSync(s.file, { throwIfNoEntry: false });
      return stat ? Math.max(stat.mtimeMs, stat.ctimeMs) : -Infinity;
    } catch {
      return -Infinity; // reported when the file is read
    }
  });
  return [...sources.keys()].sort((a, b) => (changed[a] === changed[b] ? a - b : changed[a]! > changed[b]! ? -1 : 1));
}

/** The input's size in bytes, as far as it can be known before reading (a file that cannot be stat'ed counts 0). */
function inputBytes(sources: Array<{ file: string | null }>, stdin: Uint8Array | undefined): number {
  let bytes = 0;
  for (const s of sources) {
    if (s.file === null) bytes += stdin?.length ?? 0;
    else {
      try {
        bytes += fs.statSync(s.file).size;
      } catch {
        // reported when the file is read
      }
    }
  }
  return bytes;
}

/** A file-system failure while writing is the output's fault (exit 2, named), not an internal error. */
function outputError(err: unknown, dir: string): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  if (err instanceof ExtractError || !code) return err;
  return new ExtractError('OUTPUT_UNWRITABLE', `cannot write the output (${code})`, dir);
}

export function record(summary: RunSummary, doc: OutDocument): void {
  recordSummary(summary, doc.path, doc);
}

function recordSummary(summary: RunSummary, path: string, doc: Pick<Brief, 'status' | 'diagnostics'> & { claims: unknown[] | number }): void {
  summary.files++;
  if (doc.status === 'error') summary.failed++;
  summary.claims += typeof doc.claims === 'number' ? doc.claims : doc.claims.length;
  for (const d of doc.diagnostics) {
    if (d.severity === 'warning') summary.warnings++;
    summary.problems.push({ path, diagnostic: d });
  }
}

/** A thread writing some of the formats (see write-thread.ts): its files when it is done, or its error. */
export interface WriteThread {
  formats: Format[];
  /** Hands it what to write. */
  start(data: WriteThreadData): void;
  /** Hands it the end of extract.json (jsonTail of the plan's lists). */
  end(tail: string[]): void;
  done: Promise<Pending[]>;
  abort(): Promise<void>;
}

function startWriteThread(formats: Format[]): WriteThread {
  const worker = new Worker(new URL('./write-thread.js', import.meta.url));
  let files: Pending[] = [];
  const done = new Promise<Pending[]>((resolve, reject) => {
    worker.once('message', (m: WriteThreadResult) => {
      if ('files' in m) resolve((files = m.files));
      else reject(m.error.name === 'ExtractError' ? new ExtractError(m.error.code as never, m.error.message, m.error.path) : Object.assign(new Error(m.error.message), m.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the writing thread stopped (exit ${code})`)));
  });
  done.catch(() => {}); // awaited by writeAll; this only keeps an early failure from going unhandled
  return {
    formats,
    start: (data) => worker.postMessage(data),
    // Encoded here, where there is time to spare while the thread writes the documents (the end is what
    // it writes last, and keeps the run waiting), and handed over without a copy.
    end: (tail) => {
      const bytes = new TextEncoder().encode(tail.join(''));
      worker.postMessage({ tail: bytes } satisfies WriteThreadTail, [bytes.buffer]);
    },
    done,
    abort: async () => {
      await worker.terminate();
      for (const f of files) fs.rmSync(f.tmp, { force: true });
    },
  };
}

/** Writes one document's rendered parts; `unlinked` gives the document as analysed, for shard.jsonl. */
export type Emit = (texts: Array<string | Buffer>, unlinked: (() => OutDocument) | null) => void;

/**
 * Pass 2: `feed` emits every document, in output order, rendered for the writer's parts; the writer
 * writes them, and the corpus-level parts after them, beside the formats a write thread writes; with a
 * shard header, also shard.jsonl (the documents as they were before linking, for `extract merge`).
 * Then every file is put in place, or none.
 */
export async function writeAll(
  writer: OutputWriter, plan: LinkPlan, options: Pick<Options, 'formats'>, shard: ShardHeader | null, thread: WriteThread | null,
  feed: (emit: Emit) => void | Promise<void>,
): Promise<string[]> {
  try {
    const shardFile = shard ? writer.batch.open(SHARD_FILE) : null;
    shardFile?.write(`${JSON.stringify(shard)}\n`);
    await feed((texts, unlinked) => {
      if (shardFile) shardFile.write(`${JSON.stringify(unlinked!())}\n`);
      writer.rendered(texts);
    });
    shardFile?.close();
    writer.close(plan.entities, plan.claimClusters);
    await writer.batch.settled();
    if (thread) writer.batch.adopt(await thread.done);
    writer.batch.commit();
    return [...options.formats.flatMap((f) => FILES[f]), ...(shard ? [SHARD_FILE] : [])];
  } catch (err) {
    writer.abort();
    await thread?.abort();
    throw err;
  }
}
