// write: the chosen formats into the output directory, all files replaced together or none.
import type { ExtractOutput, Format } from '../types.js';
import { AtomicBatch, prepareOutDir } from './atomic.js';
import { claimsCsv, documentsCsv, entitiesCsv, mentionsCsv } from './csv.js';

export const FILES: Record<Format, string[]> = {
  json: ['extract.json'],
  jsonl: ['extract.jsonl'],
  csv: ['documents.csv', 'entities.csv', 'mentions.csv', 'claims.csv'],
};

export function writeOutputs(out: ExtractOutput, dir: string, formats: Format[]): string[] {
  prepareOutDir(dir);
  const batch = new AtomicBatch(dir);
  const written: string[] = [];
  try {
    for (const format of formats) {
      if (format === 'json') batch.writeFile('extract.json', `${JSON.stringify(out, null, 2)}\n`);
      if (format === 'jsonl') {
        const f = batch.open('extract.jsonl');
        for (const doc of out.documents) f.write(`${JSON.stringify(doc)}\n`);
        f.close();
      }
      if (format === 'csv') {
        batch.writeFile('documents.csv', documentsCsv(out));
        batch.writeFile('entities.csv', entitiesCsv(out));
        batch.writeFile('mentions.csv', mentionsCsv(out));
        batch.writeFile('claims.csv', claimsCsv(out));
      }
      written.push(...FILES[format]);
    }
    batch.commit();
  } catch (err) {
    batch.abort();
    throw err;
  }
  return written;
}
