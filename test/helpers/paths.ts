// Tests run from dist/test/...; the project root and its fixtures are found from here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The project root (this file is at dist/test/helpers/paths.js once built). */
export const ROOT = path.resolve(here, '../../..');
export const BIN = path.join(ROOT, 'bin', 'extract.js');
/** A folder beside the test sources (test/...), where fixtures live. */
export const testDir = (...parts: string[]): string => path.join(ROOT, 'test', ...parts);
