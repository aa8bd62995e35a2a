// Documents parked on disk between the two passes of a run, one record per position in path order,
// written in whatever order they are ready (cache hits first, analysed documents as they finish) and
// read back by position. Memory holds two numbers per document, not the documents.
import fs from 'node:fs';

/** Where each position's record is: enough for another thread to read the spool. */
export interface SpoolIndex {
  file: string;
  offsets: Float64Array;
  lengths: Uint32Array;
}

export class Spool {
  private readonly fd: number;
  private size = 0;
  readonly file: string;
  private readonly offsets: Float64Array;
  private readonly lengths: Uint32Array;

  /** A new spool for `count` documents, or (given an index) an existing one, to read. */
  constructor(file: string, count: number);
  constructor(index: SpoolIndex);
  constructor(file: string | SpoolIndex, count = 0) {
    if (typeof file === 'string') {
      this.file = file;
      this.fd = fs.openSync(file, 'w+');
      this.offsets = new Float64Array(count).fill(-1);
      this.lengths = new Uint32Array(count);
    } else {
      this.file = file.file;
      this.fd = fs.openSync(file.file, 'r');
      this.offsets = file.offsets;
      this.lengths = file.lengths;
    }
  }

  index(): SpoolIndex {
    return { file: this.file, offsets: this.offsets, lengths: this.lengths };
  }

  /** Stores the JSON of the document at `position`. */
  put(position: number, json: string): void {
    const bytes = Buffer.from(json, 'utf8');
    for (let done = 0; done < bytes.length; ) done += fs.writeSync(this.fd, bytes, done, bytes.length - done, this.size + done);
    this.offsets[position] = this.size;
    this.lengths[position] = bytes.length;
    this.size += bytes.length;
  }

  has(position: number): boolean {
    return this.offsets[position]! >= 0;
  }

  /** The JSON stored for `position`. */
  get(position: number): string {
    if (!this.has(position)) throw new Error(`no spooled document at position ${position}`);
    const bytes = Buffer.allocUnsafe(this.lengths[position]!);
    for (let done = 0; done < bytes.length; ) {
      const n = fs.readSync(this.fd, bytes, done, bytes.length - done, this.offsets[position]! + done);
      if (n === 0) throw new Error('spool file is shorter than written');
      done += n;
    }
    return bytes.toString('utf8');
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}
