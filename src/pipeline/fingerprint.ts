// What makes a cached result stale: another version, or other code or model files (which a developer
// changes without bumping the version). Computed once per run from the files themselves.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modelDir = path.resolve(srcDir, '..', import.meta.url.includes('/dist/') ? '../model' : 'model');

function listFiles(dir: string, keep: (f: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: false }) as string[])
    .map((f) => path.join(dir, f))
    .filter((f) => keep(f) && fs.statSync(f).isFile())
    .sort();
}

let memo: string | null = null;

export function codeFingerprint(): string {
  if (memo) return memo;
  const hash = createHash('sha256').update(VERSION);
  for (const f of [...listFiles(srcDir, (f) => f.endsWith('.js')), ...listFiles(modelDir, () => true)]) {
    hash.update(path.relative(srcDir, f)).update(fs.readFileSync(f));
  }
  memo = `${VERSION}+${hash.digest('hex').slice(0, 16)}`;
  return memo;
}
