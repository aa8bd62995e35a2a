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

/**
 * A file's data goes to the disk while the rest is written: every SYNC_EVERY bytes, an fsync runs in the
 * background (libuv's threads), so that the fsync before the rename waits for the last part only. On a
 * cached re-run, whose outputs are mostly copied from the cache, the 150 MB of extract.json took 80 ms
 * to sync at the end, which the run waited for.
 */
const SYNC_EVERY = 16 * 1024 * 1024;

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
    const failed = (err: unknown): ExtractError =>
      new ExtractError('OUTPUT_UNWRITABLE', `cannot write ${name} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, this.dir);
    let fd: number;
    try {
      fd = fs.openSync(tmp, 'w');
    } catch (err) {
      throw failed(err);
    }
    this.pending.push({ tmp, target });
    // Output arrives in many small pieces; one system call per 64 KiB, not per piece. Text is joined
    // and encoded at once; bytes (rendered output read from the cache) are written as they are.
    let buffer: Array<string | Buffer> = [];
    let buffered = 0;
    // The background fsyncs have a descriptor of their own, closed after the last of them: closing the
    // one written to must not pull it from under a sync still running.
    const syncing = { fd: -1, running: 0, unsynced: 0, closed: false, error: null as NodeJS.ErrnoException | null };
    const syncDone = (err: NodeJS.ErrnoException | null): void => {
      if (err) syncing.error ??= err;
      if (--syncing.running === 0 && syncing.closed) fs.close(syncing.fd, () => {});
    };
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
        syncing.unsynced += buffered;
        if (syncing.unsynced >= SYNC_EVERY) {
          syncing.unsynced = 0;
          if (syncing.fd < 0) syncing.fd = fs.openSync(tmp, 'r+');
          syncing.running++;
          fs.fsync(syncing.fd, syncDone);
        }
      } catch (err) {
        throw failed(err);
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
      try {
        fs.fsyncSync(fd);
      } catch (err) {
        throw failed(err);
      }
      if (syncing.error) throw failed(syncing.error);
      syncing.closed = true;
      if (syncing.fd >= 0 && syncing.running === 0) fs.closeSync(syncing.fd);
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
