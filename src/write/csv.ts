// The four CSV tables. RFC 4180 quoting, a header row, UTF-8, cells a spreadsheet would run as a formula
// escaped. Rows are made per document, so the tables stream as documents arrive.
// The quoting is csv-stringify's with { escape_formulas: true, record_delimiter: '\r\n', quoted_match: /[\r\n]/ }
// (the tests hold the two to the same bytes), written out because a corpus has millions of cells and
// the library's per-cell generality cost more than the rest of the writing.
import type { ClaimCluster, CorpusEntity, OutDocument } from '../types.js';

export type Cell = string | number | boolean | null | undefined;

/** Text a spreadsheet would run as a formula (=, +, -, @, tab, CR, or their full-width forms) gets a leading quote. */
function isFormula(first: number): boolean {
  return first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40 || first === 0x09 || first === 0x0d ||
    first === 0xff1d || first === 0xff0b || first === 0xff0d || first === 0xff20;
}
/** A field holding a quote, the delimiter or a line break of either kind is quoted. */
const QUOTE = /[",\r\n]/;

/** One cell; numbers are written as numbers ("-2" is no formula). */
export function csvCell(c: Cell): string {
  if (typeof c === 'string') {
    if (c === '') return '';
    const v = isFormula(c.charCodeAt(0)) ? `'${c}` : c;
    return QUOTE.test(c) ? `"${v.replaceAll('"', '""')}"` : v;
  }
  if (typeof c === 'number') return String(c);
  if (typeof c === 'boolean') return c ? 'true' : 'false';
  return '';
}

export function csvRows(rows: Cell[][]): string {
  let out = '';
  for (const r of rows) {
    let line = r.length ? csvCell(r[0]) : '';
    for (let i = 1; i < r.length; i++) line += `,${csvCell(r[i])}`;
    out += `${line}\r\n`;
  }
  return out;
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
      c.content.text, c.content.start, c.content.end,
      c.via?.text, c.clusterId, cl?.claims.length, cl?.documents,
    ];
  });
}
