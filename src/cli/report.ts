// What the CLI says on stderr: one line per problem, naming the file and the reason; a summary at the end.
import type { Diagnostic } from '../types.js';
import type { RunResult } from '../pipeline/index.js';

export function diagnosticLine(path: string | null, d: Diagnostic): string {
  const where = path === null ? '' : `${path}: `;
  const sentence = d.sentence === undefined ? '' : ` (sentence ${d.sentence + 1})`;
  const level = d.severity === 'warning' ? 'warning: ' : '';
  return `extract: ${where}${level}${d.message}${sentence} [${d.code}]`;
}

/** Errors always; warnings unless quiet. */
export function problemLines(result: RunResult, quiet: boolean): string[] {
  const lines: string[] = [];
  if (!quiet) for (const d of result.diagnostics) lines.push(diagnosticLine(null, d));
  for (const doc of result.output.documents) {
    for (const d of doc.diagnostics) {
      if (d.severity === 'error' || !quiet) lines.push(diagnosticLine(doc.path, d));
    }
  }
  return lines;
}

export function summaryLine(result: RunResult, ms: number, outDir: string): string {
  const docs = result.output.documents;
  const warnings = docs.reduce((n, d) => n + d.diagnostics.filter((x) => x.severity === 'warning').length, 0) + result.diagnostics.length;
  const claims = docs.reduce((n, d) => n + d.claims.length, 0);
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `extract: ${plural(docs.length, 'file')} (${result.failed} failed), ${plural(result.output.entities.length, 'entity').replace('entitys', 'entities')}, ${plural(claims, 'claim')}, ${plural(warnings, 'warning')} in ${(ms / 1000).toFixed(2)}s; wrote ${result.written.join(', ')} to ${outDir}`;
}
