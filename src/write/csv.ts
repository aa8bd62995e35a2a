// The four CSV tables. RFC 4180 quoting, a header row, UTF-8, formula-like cells escaped by csv-stringify.
// Rows are made per document, so the tables stream as documents arrive.
import { stringify } from 'csv-stringify/sync';
import type { ClaimCluster, CorpusEntity, OutDocument } from '../types.js';

export type Cell = string | number | boolean | null | undefined;

const OPTIONS = {
  escape_formulas: true,
  record_delimiter: '\r\n',
  // RFC 4180: a field holding a line break of either kind is quoted, not only one holding CRLF.
  quoted_match: /[\r\n]/,
  cast: { boolean: (b: boolean) => (b ? 'true' : 'false') },
};

export function csvRows(rows: Cell[][]): string {
  return stringify(rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : c))), OPTIONS);
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return csvRows([header, ...rows]);
}

export const DOCUMENTS_HEADER = ['path', 'status', 'error', 'sha256', 'encoding', 'chars', 'sentences', 'entities', 'mentions', 'claims', 'warnings'];
export const ENTITIES_HEADER = ['id', 'type', 'name', 'value', 'aliases', 'documents', 'mentions'];
export const MENTIONS_HEADER = ['path', 'entity_id', 'type', 'text', 'start', 'end', 'sentence', 'value', 'title'];
export const CLAIMS_HEADER = [
  'path', 'claim_id', 'sentence', 'kind', 'confidence', 'source', 'source_start', 'source_end', 'source_entity_id', 'source_anonymous',
  'cue', 'cue_start', 'cue_end', 'content', 'content_start', 'content_end', 'via', 'cluster_id', 'cluster_claims', 'cluster_documents',
];

export function documentRow(d: OutDocument): Cell[] {
  return [
    d.path, d.status, d.error, d.sha256, d.encoding, d.chars, d.sentences, d.entities.length,
    d.entities.reduce((n, e) => n + e.mentions.length, 0), d.claims.length,
    d.diagnostics.filter((x) => x.severity === 'warning').map((x) => x.code).join(' '),
  ];
}

export function entitiesCsv(entities: CorpusEntity[]): string {
  return toCsv(ENTITIES_HEADER, entities.map((e) => [e.id, e.type, e.name, e.value, e.aliases.join(' | '), e.documents, e.mentions]));
}

export function mentionRows(d: OutDocument): Cell[][] {
  const rows: Array<{ start: number; end: number; row: Cell[] }> = [];
  for (const e of d.entities) {
    for (const m of e.mentions) rows.push({ start: m.start, end: m.end, row: [d.path, e.id, e.type, m.text, m.start, m.end, m.sentence, m.value ?? e.value, m.title] });
  }
  return rows.sort((a, b) => a.start - b.start || a.end - b.end).map((r) => r.row);
}

export function claimRows(d: OutDocument, cluster: (id: string | null) => ClaimCluster | undefined): Cell[][] {
  return d.claims.map((c) => {
    const cl = cluster(c.clusterId);
    return [
      d.path, c.id, c.sentence, c.kind, c.confidence,
      c.source.text, c.source.start, c.source.end, c.source.entityId, c.source.anonymous,
      c.cue.text, c.cue.start, c.cue.end,
      // a quote split by its cue reads as its pieces; the offsets keep spanning the whole
      c.content.parts && c.content.parts.length > 1 ? c.content.parts.map((p) => p.text).join(' … ') : c.content.text, c.content.start, c.content.end,
      c.via?.text, c.clusterId, cl?.claims.length, cl?.documents,
    ];
  });
}
