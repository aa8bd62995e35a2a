// extract.json written document by document, byte for byte what JSON.stringify(output, null, 2) gives,
// so that a run need not hold every document to write it.
import type { ClaimCluster, CorpusEntity, OutDocument } from '../types.js';

/**
 * An item as JSON.stringify(value, null, 2) writes it two levels deep (every line after the first
 * indented four more spaces): stringified inside two arrays, whose brackets are cut off. V8 writes the
 * indentation itself, which is far cheaper than re-indenting the text.
 */
export const nested = (value: unknown): string => JSON.stringify([[value]], null, 2).slice(10, -6);

/** Items of a corpus-level list stringified in one call. */
const LIST_SLICE = 1000;

export class JsonWriter {
  private count = 0;

  constructor(private readonly write: (chunk: string | Buffer) => void, meta: { version: string; referenceDate: string }) {
    const head = JSON.stringify({ schemaVersion: 1, tool: { name: 'extract', version: meta.version }, referenceDate: meta.referenceDate }, null, 2);
    write(`${head.slice(0, -2)},\n  "documents": [`);
  }

  document(doc: OutDocument): void {
    this.rendered(nested(doc));
  }

  /** A document as `nested` wrote it (as text, or its UTF-8 bytes). */
  rendered(text: string | Buffer): void {
    this.write(this.count++ === 0 ? '\n    ' : ',\n    ');
    this.write(text);
  }

  end(entities: CorpusEntity[], claimClusters: ClaimCluster[]): void {
    this.endWith(jsonTail(entities, claimClusters));
  }

  /** Ends the file with the corpus-level lists as jsonTail wrote them (in another thread, perhaps, and encoded there). */
  endWith(tail: Array<string | Buffer>): void {
    this.write(this.count === 0 ? ']' : '\n  ]');
    for (const piece of tail) this.write(piece);
  }
}

/**
 * What follows the documents in extract.json: the entity and cluster lists, in pieces. A list is written
 * a slice at a time: a corpus's lists are too long for one string, and one call per item costs more than
 * the stringifying. A slice nested like an item gives its items joined as they would be one by one.
 */
export function jsonTail(entities: CorpusEntity[], claimClusters: ClaimCluster[]): string[] {
  const pieces = [',\n  "entities": '];
  const list = (items: unknown[]): void => {
    if (items.length === 0) {
      pieces.push('[]');
      return;
    }
    for (let i = 0; i < items.length; i += LIST_SLICE) {
      pieces.push(`${i === 0 ? '[\n' : ',\n'}    ${JSON.stringify([items.slice(i, i + LIST_SLICE)], null, 2).slice(10, -6)}`);
    }
    pieces.push('\n  ]');
  };
  list(entities);
  pieces.push(',\n  "claimClusters": ');
  list(claimClusters);
  pieces.push('\n}\n');
  return pieces;
}
