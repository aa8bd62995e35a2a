// `extract merge DIR... --out DIR`: shard outputs combined into exactly what one unsharded run writes.
import { applyPlan, Linker } from '../link/index.js';
import type { Format } from '../types.js';
import { prepareOutDir } from '../write/atomic.js';
import { OutputWriter, renderDocument } from '../write/index.js';
import { VERSION } from '../version.js';
import { record, writeAll, type RunSummary } from './index.js';
import { openShards, shardDocuments } from './shard.js';

export async function merge(dirs: string[], options: { out: string; formats: Format[] }): Promise<RunSummary> {
  const set = await openShards(dirs);
  const referenceDate = set.headers[0]!.referenceDate;
  prepareOutDir(options.out);
  const summary: RunSummary = { files: 0, failed: 0, entities: 0, claims: 0, warnings: 0, written: [], outDir: options.out, problems: [], analysed: 0, packed: 0 };
  const linker = new Linker();
  for await (const doc of shardDocuments(set)) {
    record(summary, doc);
    linker.add(doc);
  }
  const plan = linker.plan();
  summary.entities = plan.entities.length;
  const writer = new OutputWriter(options.out, options.formats, { version: VERSION, referenceDate });
  const clusters = new Map(plan.claimClusters.map((c) => [c.id, c] as const));
  summary.written = await writeAll(writer, plan, options, null, null, async (emit) => {
    let position = 0;
    for await (const doc of shardDocuments(set)) emit(renderDocument(applyPlan(doc, plan, position++), writer.parts, (id) => (id ? clusters.get(id) : undefined)), null);
  });
  return summary;
}
