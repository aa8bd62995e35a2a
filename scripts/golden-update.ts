// Refreshes test/golden/expected from the current code: run only when a change of output is intended
// (npm run golden:update), and review the diff before committing it.
import fs from 'node:fs';
import path from 'node:path';
import { EXPECTED, goldenRun } from '../test/golden/run.js';

const r = goldenRun();
if (r.status !== 0) {
  process.stderr.write(r.stderr);
  process.exit(1);
}
fs.rmSync(EXPECTED, { recursive: true, force: true });
fs.mkdirSync(EXPECTED, { recursive: true });
for (const f of r.files) fs.copyFileSync(path.join(r.out, f), path.join(EXPECTED, f));
process.stdout.write(`updated ${r.files.length} files in ${path.relative(process.cwd(), EXPECTED)}\n`);
