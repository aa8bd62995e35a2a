// Pass 2's steps for one document, shared by the main thread and the thread that writes JSON.
import { applyPlan, type LinkPlan } from '../link/index.js';
import type { ClaimCluster, OutDocument } from '../types.js';
import type { OutputWriter } from '../write/index.js';
import { restamp } from './failed.js';
import type { Spool } from './spool.js';

/** The document spooled at `position`, with the path-derived fields of its path. */
export function spooledDocument(spool: Spool, paths: string[], position: number): OutDocument {
  return restamp(JSON.parse(spool.get(position)) as OutDocument, paths[position]!);
}

/** One document linked by the plan and written in the writer's formats. */
export function writeLinked(writer: OutputWriter, doc: OutDocument, plan: LinkPlan, clusters: Map<string, ClaimCluster>): void {
  writer.document(applyPlan(doc, plan), (id) => (id ? clusters.get(id) : undefined));
}
