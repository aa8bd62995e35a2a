// What the CLI says on stderr: one line per problem, naming the file and the reason; a summary at the end.
import type { RunSummary } from '../pipeline/index.js';
import type { Diagnostic } from '../types.js';

export function diagnosticLine(path: string | null, d: Diagnostic): string {
  const where = path === null ? '' : `${path}: `;
  const sentence = d.sentence === undefined ? '' : ` (sentence ${d.sentence + 1})`;
  const level = d.severity === 'warning' ? 'warning: ' : '';
  return `extract: ${where}${level}${d.message}${sentence} [${d.code}]`;
}

/** Errors always; warnings unless quiet. */
export function problemLines(summary: RunSummary, quiet: boolean): string[] {
  return summary.problems.filter((p) => p.diagnostic.severity === 'error' || !quiet).map((p) => diagnosticLine(p.path, p.diagnostic));
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function summaryLine(s: RunSummary, ms: number, outDir: string): string {
  return `extract: ${count(s.files, 'file', 'files')} (${s.failed} failed), ${count(s.entities, 'entity', 'entities')}, ${count(s.claims, 'claim', 'claims')}, ${count(s.warnings, 'warning', 'warnings')} in ${(ms / 1000).toFixed(2)}s; wrote ${s.written.join(', ')} to ${outDir}`;
}
