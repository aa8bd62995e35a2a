// discover: turn the user's arguments into a sorted, duplicate-free list of inputs.
// An argument is standard input ('-'), a path that exists (a file, or a directory searched for *.txt),
// or a fast-glob pattern. Order never depends on the file system: inputs are sorted by path.
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { ExtractError } from '../errors.js';
import type { Diagnostic, Source } from '../types.js';

export const STDIN_PATH = '<stdin>';

export interface Discovered {
  sources: Source[];
  /** Arguments that matched nothing while others did: worth a warning, not a failure. */
  unmatched: string[];
  /** Plain paths (no glob characters) that do not exist: reported as documents that could not be read. */
  missing: Source[];
  diagnostics: Diagnostic[];
}

/** Output order: standard input first, then paths by code unit order (never the file system's order). */
export function comparePaths(a: string, b: string): number {
  return a === STDIN_PATH ? (b === STDIN_PATH ? 0 : -1) : b === STDIN_PATH ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

function displayPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
  return shown.split(path.sep).join('/');
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

export function discover(patterns: string[], ignore: string[], cwd: string): Discovered {
  const byFile = new Map<string, Source>();
  const unmatched: string[] = [];
  const missing: Source[] = [];
  let stdin = false;
  const globOptions = { cwd, absolute: true, onlyFiles: true, dot: false, ignore, followSymbolicLinks: true, unique: true };
  const ignored = (abs: string): boolean =>
    ignore.length > 0 && fg.sync(fg.escapePath(displayPath(cwd, abs)), { ...globOptions, ignore }).length === 0;

  for (const arg of patterns) {
    if (arg === '-') {
      stdin = true;
      continue;
    }
    const abs = path.resolve(cwd, arg);
    const stat = statOrNull(abs);
    let found: string[];
    if (stat?.isFile()) {
      found = ignored(abs) ? [] : [abs];
    } else if (stat?.isDirectory()) {
      found = fg.sync('**/*.txt', { ...globOptions, cwd: abs });
    } else if (fg.isDynamicPattern(arg)) {
      // fast-glob wants forward slashes, also on Windows.
      found = fg.sync(arg.split(path.sep).join('/'), globOptions);
    } else {
      missing.push({ path: displayPath(cwd, abs), file: abs });
      continue;
    }
    if (found.length === 0) unmatched.push(arg);
    for (const file of found) {
      const abs2 = path.normalize(file);
      if (!byFile.has(abs2)) byFile.set(abs2, { path: displayPath(cwd, abs2), file: abs2 });
    }
  }

  const sources = [...byFile.values()].sort((a, b) => comparePaths(a.path, b.path));
  if (stdin) sources.unshift({ path: STDIN_PATH, file: null });
  if (sources.length === 0 && missing.length === 0) {
    throw new ExtractError('NO_MATCH', `no file matched ${patterns.map((p) => JSON.stringify(p)).join(', ')}`);
  }
  if (sources.length === 0 && missing.length > 0 && unmatched.length === 0 && missing.length === patterns.length) {
    throw new ExtractError('NO_MATCH', `no such file: ${missing.map((m) => m.path).join(', ')}`, missing[0]!.path);
  }
  const diagnostics: Diagnostic[] = unmatched.map((p) => ({
    code: 'PATTERN_UNMATCHED', severity: 'warning', message: `${JSON.stringify(p)} matched no file`,
  }));
  return { sources, unmatched, missing, diagnostics };
}
