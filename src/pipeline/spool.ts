// Documents parked on disk between the two passes of a run, one record per position in path order,
// written in whatever order they are ready (cache hits first, analysed documents as they finish) and
// read back by position. A record has a head (small: what pass 2 always needs) and a body (the
// document, needed only when its output must be made afresh), read apart. Memory holds three numbers
// per document and at most about a megabyte of records not yet written, not the documents.
import fs from 'node:fs';

/** Where each position's record is: enough for another thread to read the spool. */
export interface SpoolIndex {
  file: string;
  offsets: Float64Array;
  heads: Uint32Array;
  bodies: Uint32Array;
}

/** Records are gathered up to this many bytes and written in one call: most are a few dozen bytes. */
const BATCH = 1 << 20;

export class Spool {
  private readonly fd: number;
  private size = 0;
  private readonly index_: SpoolIndex;
  /** Records not written yet, from `pendingFrom` in the file. */
  private pending: Buffer[] = [];
  private pendingFrom = 0;

  /** A new spool for `count` documents, or (given an index) an existing one, to read. */
  constructor(file: string, count: number);
  constructor(index: SpoolIndex);
  constructor(file: string | SpoolIndex, count = 0) {
    if (typeof file === 'string') {
      this.fd = fs.openSync(file, 'w+');
      this.index_ = { file, offsets: new Float64Array(count).fill(-1), heads: new Uint32Array(count), bodies: new Uint32Array(count) };
    } else {
      this.fd = fs.openSync(file.file, 'r');
      this.index_ = file;
    }
  }

  get file(): string {
    return this.index_.file;
  }

  /** Its records written, so that another thread can read them. */
  index(): SpoolIndex {
    this.flush();
    return this.index_;
  }

  /** Stores the record of the document at `position` (its body as text, or as UTF-8 bytes). */
  put(position: number, head: string, body: string | Buffer): void {
    const headBytes = Buffer.from(head, 'utf8');
    const bodyBytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    this.index_.offsets[position] = this.size;
    this.pending.push(headBytes, bodyBytes);
    this.size += headBytes.length + bodyBytes.length;
    this.index_.heads[position] = headBytes.length;
    this.index_.bodies[position] = bodyBytes.length;
    if (this.size - this.pendingFrom >= BATCH) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const bytes = Buffer.concat(this.pending);
    for (let done = 0; done < bytes.length; ) done += fs.writeSync(this.fd, bytes, done, bytes.length - done, this.pendingFrom + done);
    this.pending = [];
    this.pendingFrom = this.size;
  }

  has(position: number): boolean {
    return this.index_.offsets[position]! >= 0;
  }

  head(position: number): string {
    return this.read(position, 0, this.index_.heads[position]!);
  }

  body(position: number): string {
    return this.read(position, this.index_.heads[position]!, this.index_.bodies[position]!);
  }

  private read(position: number, from: number, length: number): string {
    if (!this.has(position)) throw new Error(`no spooled document at position ${position}`);
    this.flush();
    const bytes = Buffer.allocUnsafe(length);
    for (let done = 0; done < length; ) {
      const n = fs.readSync(this.fd, bytes, done, length - done, this.index_.offsets[position]! + from + done);
      if (n === 0) throw new Error('spool file is shorter than written');
      done += n;
    }
    return bytes.toString('utf8');
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}
