// The whole run: discover → read → (segment → entities → claims, per document) → link → write.
// Diagnostics stay on the documents (and on the run, for arguments); only the CLI prints them.
import { discover, STDIN_PATH } from '../discover/index.js';
import { link } from '../link/index.js';
import { readSource } from '../read/index.js';
import type { Diagnostic, ExtractOutput, Options, OutDocument, ReadResult, Source } from '../types.js';
import { VERSION } from '../version.js';
import { writeOutputs } from '../write/index.js';
import { analyse } from './document.js';

export interface RunHooks {
  /** Supplies standard input's bytes (tests); defaults to process.stdin. */
  stdin?: () => Promise<Uint8Array>;
}

export interface RunResult {
  output: ExtractOutput;
  written: string[];
  /** Warnings about the run itself, e.g. a pattern that matched nothing. */
  diagnostics: Diagnostic[];
  failed: number;
}

/** A stage that throws costs its document, never the run: the document is reported as an error. */
export function analyseSafely(read: ReadResult, referenceDate: string): OutDocument {
  try {
    return analyse(read, { referenceDate });
  } catch (err) {
    const message = `internal error while analysing: ${(err as Error).message}`;
    return analyse({ ok: false, source: read.source, sha256: read.sha256, error: { code: 'INTERNAL', severity: 'error', message }, diagnostics: [] }, { referenceDate });
  }
}

const byPath = (a: OutDocument, b: OutDocument): number =>
  a.path === STDIN_PATH ? -1 : b.path === STDIN_PATH ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

export async function run(options: Options, hooks: RunHooks = {}): Promise<RunResult> {
  const found = discover(options.patterns, options.ignore, options.cwd);
  const documents: OutDocument[] = [];
  for (const source of found.sources) {
    documents.push(analyseSafely(await readSource(source, hooks.stdin), options.referenceDate));
  }
  for (const source of found.missing) documents.push(analyseSafely(missing(source), options.referenceDate));
  documents.sort(byPath);
  const output = link(documents, { version: VERSION, referenceDate: options.referenceDate });
  const written = writeOutputs(output, options.out, options.formats);
  return { output, written, diagnostics: found.diagnostics, failed: documents.filter((d) => d.status === 'error').length };
}

function missing(source: Source): ReadResult {
  return { ok: false, source, sha256: null, error: { code: 'NOT_FOUND', severity: 'error', message: 'no such file' }, diagnostics: [] };
}
