// Time per stage, in one process, on the texts listed in a file: what claims add to the pipeline.
// Prints one JSON line: {ms: {segment, entities, claims}, documents}.
import fs from 'node:fs';
import { findClaims } from '../src/claims/index.js';
import { findEntities } from '../src/entities/index.js';
import { segment } from '../src/segment/index.js';

const texts = fs.readFileSync(process.argv[2]!, 'utf8').split('\n').filter(Boolean).map((f) => fs.readFileSync(f, 'utf8'));
const ms = { segment: 0, entities: 0, claims: 0 };
for (const text of texts.slice(0, 10)) findClaims(segment(text), findEntities(segment(text), '2025-01-01', []));
for (const text of texts) {
  let t = performance.now();
  const seg = segment(text);
  ms.segment += performance.now() - t;
  t = performance.now();
  const entities = findEntities(seg, '2025-01-01', []);
  ms.entities += performance.now() - t;
  t = performance.now();
  findClaims(seg, entities);
  ms.claims += performance.now() - t;
}
process.stdout.write(`${JSON.stringify({ ms, documents: texts.length })}\n`);
