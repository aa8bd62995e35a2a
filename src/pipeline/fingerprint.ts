// What makes a cached result stale: another version, other code or model files (which a developer
// changes without bumping the version), or other versions of the libraries installed. Computed once per
// run from the files themselves: the compiled modules that read and analyse a document (pipeline/task.js
// and every module it imports, directly or not) and the model files. Linking and writing do not change a
// document's analysis, so a change there keeps the cached analyses; it changes only the rendered outputs,
// whose fingerprint covers the modules that link and render a document (pipeline/spooled.js and its
// imports).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modelDir = path.resolve(srcDir, '..', import.meta.url.includes('/dist/') ? '../model' : 'model');

/** Relative module specifiers of static imports, re-exports and dynamic imports. */
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The compiled modules a document's analysis can run, sorted. */
export const analysisModules = (): string[] => modulesFrom(path.join(srcDir, 'pipeline', 'task.js'));

/** The compiled modules that link and render a spooled document, sorted. */
export const renderModules = (): string[] => modulesFrom(path.join(srcDir, 'pipeline', 'spooled.js'));

function modulesFrom(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !fs.existsSync(file)) return;
    seen.add(file);
    for (const m of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) visit(path.resolve(path.dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen].sort();
}

function modelFiles(): string[] {
  if (!fs.existsSync(modelDir)) return [];
  return (fs.readdirSync(modelDir, { recursive: true, withFileTypes: false }) as string[])
    .map((f) => path.join(modelDir, f))
    .filter((f) => fs.statSync(f).isFile())
    .sort();
}

/** name@version of every runtime dependency as installed (compromise's tags, csv-stringify's quoting):
 *  an `npm update` changes results without changing a file of ours. */
export function dependencyVersions(): string {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(srcDir, '..', import.meta.url.includes('/dist/') ? '../package.json' : 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const require = createRequire(import.meta.url);
  return Object.keys(pkg.dependencies ?? {}).sort().map((name) => {
    try {
      // the package's own package.json: the nearest one above its entry point that names it
      for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
        const file = path.join(dir, 'package.json');
        if (!fs.existsSync(file)) continue;
        const found = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (found.name === name) return `${name}@${found.version}`;
      }
    } catch {
      // not resolvable from here: named without a version
    }
    return `${name}@?`;
  }).join(',');
}

let deps: string | null = null;

function fingerprint(files: string[]): string {
  const hash = createHash('sha256').update(VERSION).update((deps ??= dependencyVersions()));
  for (const f of files) hash.update(path.relative(srcDir, f)).update(fs.readFileSync(f));
  return `${VERSION}+${hash.digest('hex').slice(0, 16)}`;
}

let memo: string | null = null;

export function codeFingerprint(): string {
  return (memo ??= fingerprint([...analysisModules(), ...modelFiles()]));
}

/** What a rendered output was made by, beside the analysis it renders (whose key is the cache key). */
export const renderFingerprint = (): string => fingerprint(renderModules());
