// write: the chosen formats into the output directory, document by document, all files replaced
// together at the end (or none, on failure).
import type { ClaimCluster, CorpusEntity, ExtractOutput, Format, OutDocument } from '../types.js';
import { AtomicBatch, prepareOutDir } from './atomic.js';
import { type Cell, claimRows, CLAIMS_HEADER, csvRows, DOCUMENTS_HEADER, documentRow, entitiesCsv, MENTIONS_HEADER, mentionRows } from './csv.js';
import { JsonWriter, jsonTail, nested } from './json.js';

export const FILES: Record<Format, string[]> = {
  json: ['extract.json'],
  jsonl: ['extract.jsonl'],
  csv: ['documents.csv', 'entities.csv', 'mentions.csv', 'claims.csv'],
};

type Sink = ReturnType<AtomicBatch['open']>;

/** A document's share of one output file. */
export type Part = 'json' | 'jsonl' | 'documents' | 'mentions' | 'claims';
const PARTS: Record<Format, Part[]> = { json: ['json'], jsonl: ['jsonl'], csv: ['documents', 'mentions', 'claims'] };

/** The parts the formats need, in one fixed order (whatever the order of the formats). */
export function partsOf(formats: Format[]): Part[] {
  return (['json', 'jsonl', 'csv'] as Format[]).filter((f) => formats.includes(f)).flatMap((f) => PARTS[f]);
}

const csvPart = (rows: Cell[][]): string => (rows.length ? csvRows(rows) : '');

/** A linked document's text in each part, as OutputWriter.rendered writes them. */
export function renderDocument(doc: OutDocument, parts: Part[], cluster: (id: string | null) => ClaimCluster | undefined): string[] {
  return parts.map((p) => {
    switch (p) {
      case 'json': return nested(doc);
      case 'jsonl': return `${JSON.stringify(doc)}\n`;
      case 'documents': return csvPart([documentRow(doc)]);
      case 'mentions': return csvPart(mentionRows(doc));
      case 'claims': return csvPart(claimRows(doc, cluster));
    }
  });
}

export class OutputWriter {
  readonly batch: AtomicBatch;
  readonly parts: Part[];
  private json: JsonWriter | null = null;
  private readonly sinks: Array<(text: string | Buffer) => void>;
  private readonly files: Sink[] = [];

  constructor(readonly dir: string, readonly formats: Format[], meta: { version: string; referenceDate: string }) {
    prepareOutDir(dir);
    this.batch = new AtomicBatch(dir);
    this.parts = partsOf(formats);
    const open = (name: string, header?: string[]): Sink['write'] => {
      const sink = this.batch.open(name);
      this.files.push(sink);
      if (header) sink.write(csvRows([header]));
      return sink.write;
    };
    this.sinks = this.parts.map((p) => {
      switch (p) {
        case 'json': {
          const json = (this.json = new JsonWriter(open('extract.json'), meta));
          return (text: string | Buffer) => json.rendered(text);
        }
        case 'jsonl': return open('extract.jsonl');
        case 'documents': return open('documents.csv', DOCUMENTS_HEADER);
        case 'mentions': return open('mentions.csv', MENTIONS_HEADER);
        case 'claims': return open('claims.csv', CLAIMS_HEADER);
      }
    });
  }

  /** Documents arrive in output order, already linked. */
  document(doc: OutDocument, cluster: (id: string | null) => ClaimCluster | undefined): void {
    this.rendered(renderDocument(doc, this.parts, cluster));
  }

  /** A document as renderDocument rendered it for this writer's parts (as text, or its UTF-8 bytes). */
  rendered(texts: Array<string | Buffer>): void {
    texts.forEach((t, i) => this.sinks[i]!(t));
  }

  /** Writes the corpus-level parts, then puts every file in place. */
  finish(entities: CorpusEntity[], claimClusters: ClaimCluster[]): string[] {
    this.close(entities, claimClusters);
    this.batch.commit();
    return this.formats.flatMap((f) => FILES[f]);
  }

  /**
   * Writes the corpus-level parts and closes every file, leaving them to be committed. `tail`: the end of
   * extract.json as jsonTail made it from the same lists (or its UTF-8 bytes), when it was made elsewhere.
   */
  close(entities: CorpusEntity[], claimClusters: ClaimCluster[], tail?: Array<string | Buffer>): void {
    if (this.json) this.json.endWith(tail ?? jsonTail(entities, claimClusters));
    if (this.formats.includes('csv')) this.batch.writeFile('entities.csv', entitiesCsv(entities));
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
