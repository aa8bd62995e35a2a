// The four CSV tables. RFC 4180 quoting, a header row, UTF-8, formula-like cells escaped by csv-stringify.
import { stringify } from 'csv-stringify/sync';
import type { ExtractOutput } from '../types.js';

type Cell = string | number | boolean | null | undefined;

export function toCsv(header: string[], rows: Cell[][]): string {
  return stringify([header, ...rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : c)))], {
    escape_formulas: true,
    record_delimiter: '\r\n',
    // RFC 4180: a field holding a line break of either kind is quoted, not only one holding CRLF.
    quoted_match: /[\r\n]/,
    cast: { boolean: (b: boolean) => (b ? 'true' : 'false') },
  });
}

export function documentsCsv(out: ExtractOutput): string {
  return toCsv(
    ['path', 'status', 'error', 'sha256', 'encoding', 'chars', 'sentences', 'entities', 'mentions', 'claims', 'warnings'],
    out.documents.map((d) => [
      d.path, d.status, d.error, d.sha256, d.encoding, d.chars, d.sentences, d.entities.length,
      d.entities.reduce((n, e) => n + e.mentions.length, 0), d.claims.length,
      d.diagnostics.filter((x) => x.severity === 'warning').map((x) => x.code).join(' '),
    ]),
  );
}

export function entitiesCsv(out: ExtractOutput): string {
  return toCsv(
    ['id', 'type', 'name', 'value', 'aliases', 'documents', 'mentions'],
    out.entities.map((e) => [e.id, e.type, e.name, e.value, e.aliases.join(' | '), e.documents, e.mentions]),
  );
}

export function mentionsCsv(out: ExtractOutput): string {
  const rows: Cell[][] = [];
  for (const d of out.documents) {
    for (const e of d.entities) {
      for (const m of e.mentions) rows.push([d.path, e.id, e.type, m.text, m.start, m.end, m.sentence, m.value ?? e.value, m.title]);
    }
  }
  rows.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : (a[4] as number) - (b[4] as number) || (a[5] as number) - (b[5] as number)));
  return toCsv(['path', 'entity_id', 'type', 'text', 'start', 'end', 'sentence', 'value', 'title'], rows);
}

export function claimsCsv(out: ExtractOutput): string {
  const size = new Map(out.claimClusters.map((c) => [c.id, c] as const));
  const rows: Cell[][] = [];
  for (const d of out.documents) {
    for (const c of d.claims) {
      const cluster = c.clusterId ? size.get(c.clusterId) : undefined;
      rows.push([
        d.path, c.id, c.sentence, c.kind, c.confidence,
        c.source.text, c.source.start, c.source.end, c.source.entityId, c.source.anonymous,
        c.cue.text, c.cue.start, c.cue.end,
        c.content.text, c.content.start, c.content.end,
        c.via?.text, c.clusterId, cluster?.claims.length, cluster?.documents,
      ]);
    }
  }
  return toCsv(
    ['path', 'claim_id', 'sentence', 'kind', 'confidence', 'source', 'source_start', 'source_end', 'source_entity_id', 'source_anonymous',
      'cue', 'cue_start', 'cue_end', 'content', 'content_start', 'content_end', 'via', 'cluster_id', 'cluster_claims', 'cluster_documents'],
    rows,
  );
}
