// write: the chosen formats into the output directory, document by document, all files replaced
// together at the end (or none, on failure).
import type { ClaimCluster, CorpusEntity, ExtractOutput, Format, OutDocument } from '../types.js';
import { AtomicBatch, prepareOutDir } from './atomic.js';
import { type Cell, claimRows, CLAIMS_HEADER, csvRows, DOCUMENTS_HEADER, documentRow, entitiesCsv, MENTIONS_HEADER, mentionRows } from './csv.js';
import { JsonWriter } from './json.js';

export const FILES: Record<Format, string[]> = {
  json: ['extract.json'],
  jsonl: ['extract.jsonl'],
  csv: ['documents.csv', 'entities.csv', 'mentions.csv', 'claims.csv'],
};

type Sink = ReturnType<AtomicBatch['open']>;

/** Rows gathered before one write: a document has few rows, a write a fixed cost. */
const CSV_BATCH = 2000;

class CsvSink {
  private rows: Cell[][] = [];

  constructor(private readonly sink: Sink, header: string[]) {
    sink.write(csvRows([header]));
  }

  add(rows: Cell[][]): void {
    for (const r of rows) this.rows.push(r);
    if (this.rows.length >= CSV_BATCH) this.flush();
  }

  flush(): void {
    if (this.rows.length) this.sink.write(csvRows(this.rows));
    this.rows = [];
  }
}

export class OutputWriter {
  readonly batch: AtomicBatch;
  private readonly json: JsonWriter | null = null;
  private readonly jsonl: Sink | null = null;
  private readonly csv: { documents: CsvSink; mentions: CsvSink; claims: CsvSink } | null = null;
  private readonly files: Sink[] = [];

  constructor(readonly dir: string, readonly formats: Format[], meta: { version: string; referenceDate: string }) {
    prepareOutDir(dir);
    this.batch = new AtomicBatch(dir);
    const open = (name: string): Sink => {
      const sink = this.batch.open(name);
      this.files.push(sink);
      return sink;
    };
    if (formats.includes('json')) {
      const sink = open('extract.json');
      this.json = new JsonWriter(sink.write, meta);
    }
    if (formats.includes('jsonl')) this.jsonl = open('extract.jsonl');
    if (formats.includes('csv')) {
      this.csv = {
        documents: new CsvSink(open('documents.csv'), DOCUMENTS_HEADER),
        mentions: new CsvSink(open('mentions.csv'), MENTIONS_HEADER),
        claims: new CsvSink(open('claims.csv'), CLAIMS_HEADER),
      };
    }
  }

  /** Documents arrive in output order, already linked. */
  document(doc: OutDocument, clusterSize: (id: string | null) => ClaimCluster | undefined): void {
    this.json?.document(doc);
    this.jsonl?.write(`${JSON.stringify(doc)}\n`);
    if (this.csv) {
      this.csv.documents.add([documentRow(doc)]);
      this.csv.mentions.add(mentionRows(doc));
      this.csv.claims.add(claimRows(doc, clusterSize));
    }
  }

  /** Writes the corpus-level parts, then puts every file in place. */
  finish(entities: CorpusEntity[], claimClusters: ClaimCluster[]): string[] {
    this.close(entities, claimClusters);
    this.batch.commit();
    return this.formats.flatMap((f) => FILES[f]);
  }

  /** Writes the corpus-level parts and closes every file, leaving them to be committed. */
  close(entities: CorpusEntity[], claimClusters: ClaimCluster[]): void {
    this.json?.end(entities, claimClusters);
    if (this.csv) for (const sink of Object.values(this.csv)) sink.flush();
    if (this.csv) this.batch.writeFile('entities.csv', entitiesCsv(entities));
    for (const f of this.files) f.close();
  }

  abort(): void {
    this.batch.abort();
  }
}

/** Everything at once, for callers holding a whole output. */
export function writeOutputs(out: ExtractOutput, dir: string, formats: Format[]): string[] {
  const writer = new OutputWriter(dir, formats, { version: out.tool.version, referenceDate: out.referenceDate });
  try {
    const clusters = new Map(out.claimClusters.map((c) => [c.id, c] as const));
    for (const doc of out.documents) writer.document(doc, (id) => (id ? clusters.get(id) : undefined));
    return writer.finish(out.entities, out.claimClusters);
  } catch (err) {
    writer.abort();
    throw err;
  }
}
