// The whole run: discover → (read → segment → entities → claims, per document, in workers) → link → write.
// Pass 1 analyses documents in path order and spools them to disk while the linker keeps only names,
// counts and claim signatures; pass 2 reads the spool back, links each document and streams it into
// every output format. Memory holds a few documents at a time, not the corpus.
import fs from 'node:fs';
import { ExtractError } from '../errors.js';
import path from 'node:path';
import { comparePaths, discover } from '../discover/index.js';
import { applyPlan, Linker, type LinkPlan } from '../link/index.js';
import { readStdin } from '../read/index.js';
import type { Diagnostic, Options, OutDocument } from '../types.js';
import { VERSION } from '../version.js';
import { prepareOutDir } from '../write/atomic.js';
import { OutputWriter } from '../write/index.js';
import { codeFingerprint } from './fingerprint.js';
import { createRunner, inOrder } from './runner.js';
import { inShard, SHARD_FILE, spooledDocuments, type ShardHeader } from './shard.js';
import type { Task } from './task.js';

export interface RunHooks {
  /** Supplies standard input's bytes (tests); defaults to process.stdin. */
  stdin?: () => Promise<Uint8Array>;
  /** Called as documents finish: done of total. */
  progress?: (done: number, total: number) => void;
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
}

export async function run(options: Options, hooks: RunHooks = {}): Promise<RunSummary> {
  const found = discover(options.patterns, options.ignore, options.cwd);
  const shard = options.shard;
  const sources = [...found.sources, ...found.missing]
    .filter((s) => !shard || inShard(s.path, shard))
    .sort((a, b) => comparePaths(a.path, b.path));
  prepareOutDir(options.out);

  const stdinBytes = sources.some((s) => s.file === null) ? await (hooks.stdin ?? readStdin)() : undefined;
  const cache = options.cache ? { dir: options.cache, fingerprint: codeFingerprint() } : undefined;
  const tasks = (function* (): Generator<Task> {
    // A missing file fails in the read like any unreadable one: it needs no task of its own.
    for (const source of sources) {
      yield { source, referenceDate: options.referenceDate, ...(source.file === null ? { bytes: stdinBytes } : {}), ...(cache ? { cache } : {}) };
    }
  })();

  // The spool lives beside the outputs; a sharded run keeps it, renamed into place, as shard.jsonl.
  const spoolFile = path.join(options.out, `.extract-spool.${process.pid}.jsonl`);
  const summary: RunSummary = {
    files: 0, failed: 0, entities: 0, claims: 0, warnings: found.diagnostics.length, written: [], outDir: options.out,
    problems: found.diagnostics.map((d) => ({ path: null, diagnostic: d })),
  };
  const linker = new Linker();
  const runner = createRunner(Math.min(options.jobs, Math.max(1, sources.length)));
  try {
    const spool = fs.openSync(spoolFile, 'w');
    try {
      if (shard) {
        const header: ShardHeader = { extractShard: 1, shard: `${shard.index}/${shard.count}`, version: VERSION, referenceDate: options.referenceDate };
        fs.writeSync(spool, `${JSON.stringify(header)}\n`);
      }
      for await (const doc of inOrder(tasks, runner, Math.max(2, options.jobs * 4))) {
        record(summary, doc);
        linker.add(doc);
        fs.writeSync(spool, `${JSON.stringify(doc)}\n`);
        hooks.progress?.(summary.files, sources.length);
      }
    } finally {
      fs.closeSync(spool);
      await runner.close();
    }
    const plan = linker.plan();
    summary.entities = plan.entities.length;
    summary.written = await writeAll(spooledDocuments(spoolFile, Boolean(shard)), plan, options);
    if (shard) {
      fs.renameSync(spoolFile, path.join(options.out, SHARD_FILE));
      summary.written.push(SHARD_FILE);
    }
  } catch (err) {
    throw outputError(err, options.out);
  } finally {
    fs.rmSync(spoolFile, { force: true });
  }
  return summary;
}

/** A file-system failure while writing is the output's fault (exit 2, named), not an internal error. */
function outputError(err: unknown, dir: string): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  if (err instanceof ExtractError || !code) return err;
  return new ExtractError('OUTPUT_UNWRITABLE', `cannot write the output (${code})`, dir);
}

export function record(summary: RunSummary, doc: OutDocument): void {
  summary.files++;
  if (doc.status === 'error') summary.failed++;
  summary.claims += doc.claims.length;
  for (const d of doc.diagnostics) {
    if (d.severity === 'warning') summary.warnings++;
    summary.problems.push({ path: doc.path, diagnostic: d });
  }
}

/** Pass 2: documents (in output order, unlinked) linked by the plan and written in every format. */
export async function writeAll(docs: AsyncIterable<OutDocument>, plan: LinkPlan, options: Pick<Options, 'out' | 'formats' | 'referenceDate'>): Promise<string[]> {
  const writer = new OutputWriter(options.out, options.formats, { version: VERSION, referenceDate: options.referenceDate });
  const clusters = new Map(plan.claimClusters.map((c) => [c.id, c] as const));
  try {
    for await (const doc of docs) writer.document(applyPlan(doc, plan), (id) => (id ? clusters.get(id) : undefined));
    return writer.finish(plan.entities, plan.claimClusters);
  } catch (err) {
    writer.abort();
    throw err;
  }
}
