// Outputs appear whole or not at all: each file is written beside its target under a temporary name,
// flushed, and renamed over the target only once every file of the run has been written.
import fs from 'node:fs';
import path from 'node:path';
import { ExtractError } from '../errors.js';

export function prepareOutDir(dir: string): void {
  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(dir);
  } catch {
    stat = null;
  }
  if (stat && !stat.isDirectory()) throw new ExtractError('OUTPUT_NOT_DIRECTORY', 'output path exists and is not a directory', dir);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new ExtractError('OUTPUT_UNWRITABLE', `cannot create output directory (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, dir);
  }
}

/** Writes the chunks in order, however much each system call takes. */
function writeAll(fd: number, chunks: Buffer[]): void {
  for (const chunk of chunks) for (let done = 0; done < chunk.length; ) done += fs.writeSync(fd, chunk, done);
}

export interface Pending {
  tmp: string;
  target: string;
}

export class AtomicBatch {
  private readonly pending: Pending[] = [];

  constructor(private readonly dir: string) {}

  /** Opens a temporary file for `name`; the caller writes to it, then calls close(). */
  open(name: string): { fd: number; write: (chunk: string | Buffer) => void; close: () => void } {
    const target = path.join(this.dir, name);
    const tmp = path.join(this.dir, `.${name}.${process.pid}.tmp`);
    let fd: number;
    try {
      fd = fs.openSync(tmp, 'w');
    } catch (err) {
      throw new ExtractError('OUTPUT_UNWRITABLE', `cannot write ${name} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, this.dir);
    }
    this.pending.push({ tmp, target });
    // Output arrives in many small pieces; one system call per 64 KiB, not per piece. Text is joined
    // and encoded at once; bytes (rendered output read from the cache) are written as they are.
    let buffer: Array<string | Buffer> = [];
    let buffered = 0;
    const flush = (): void => {
      if (buffered === 0) return;
      const chunks: Buffer[] = [];
      let text: string[] = [];
      for (const piece of buffer) {
        if (typeof piece === 'string') text.push(piece);
        else {
          if (text.length) chunks.push(Buffer.from(text.join(''), 'utf8'));
          text = [];
          chunks.push(piece);
        }
      }
      if (text.length) chunks.push(Buffer.from(text.join(''), 'utf8'));
      try {
        writeAll(fd, chunks);
      } catch (err) {
        throw new ExtractError('OUTPUT_UNWRITABLE', `cannot write ${name} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, this.dir);
      }
      buffer = [];
      buffered = 0;
    };
    const write = (chunk: string | Buffer): void => {
      buffer.push(chunk);
      buffered += chunk.length;
      if (buffered >= 65536) flush();
    };
    const close = (): void => {
      flush();
      fs.fsyncSync(fd);
      fs.closeSync(fd);
    };
    return { fd, write, close };
  }

  writeFile(name: string, content: string): void {
    const f = this.open(name);
    f.write(content);
    f.close();
  }

  /** The files written and not yet committed, handed to another batch (written in another thread). */
  take(): Pending[] {
    return this.pending.splice(0);
  }

  adopt(files: Pending[]): void {
    this.pending.push(...files);
  }

  commit(): void {
    for (const { tmp, target } of this.pending) fs.renameSync(tmp, target);
    this.pending.length = 0;
  }

  abort(): void {
    for (const { tmp } of this.pending) fs.rmSync(tmp, { force: true });
    this.pending.length = 0;
  }
}
