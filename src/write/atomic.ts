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

/** A file of the batch, to wait for and to shut, however it ends. */
interface Open {
  /** Waits for its background syncs; throws as a failed write does if one of them failed. */
  synced(): Promise<void>;
  /** Throws if a background sync has failed so far. */
  check(): void;
  /** Closes its descriptors (both, once), without a word: the file is given up. */
  shut(): void;
}

/**
 * The background fsyncs of one file being written (see SYNC_EVERY). They have a descriptor of their own,
 * closed after the last of them: closing the one written to must not pull it from under a sync still
 * running. Their outcome comes after the file is closed, as a rule (the writing never waits for them):
 * settled() waits for it, before anything is renamed.
 */
class BackgroundSync {
  /** -1: not opened yet; -2: none (it could not be opened), or closed. */
  private fd = -1;
  private running = 0;
  private unsynced = 0;
  private closing = false;
  private readonly idle: Array<() => void> = [];
  /** The first failure of a sync. */
  error: NodeJS.ErrnoException | null = null;

  constructor(private readonly file: string) {}

  /** `bytes` more were written; every SYNC_EVERY of them, a sync starts. */
  wrote(bytes: number): void {
    this.unsynced += bytes;
    if (this.unsynced < SYNC_EVERY) return;
    this.unsynced = 0;
    if (this.fd === -1) {
      try {
        // Windows flushes only a descriptor open for writing. A file its owner may not write (a umask
        // without the owner's w) cannot be opened so again: the sync before the rename then does all.
        this.fd = fs.openSync(this.file, 'r+');
      } catch {
        this.fd = -2;
      }
    }
    if (this.fd < 0) return;
    this.running++;
    fs.fsync(this.fd, (err) => this.done(err));
  }

  /** No more syncs: the descriptor closes now, or after the last one running. */
  close(): void {
    this.closing = true;
    if (this.running === 0) this.closeFd();
  }

  async settled(): Promise<void> {
    while (this.running > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  private done(err: NodeJS.ErrnoException | null): void {
    if (err) this.error ??= err;
    if (--this.running > 0) return;
    if (this.closing) this.closeFd();
    for (const resolve of this.idle.splice(0)) resolve();
  }

  private closeFd(): void {
    try {
      if (this.fd >= 0) fs.closeSync(this.fd);
    } catch {
      // its syncs are over, their outcome kept: nothing was written through it
    }
    this.fd = -2;
  }
}

export class AtomicBatch {
  private readonly pending: Pending[] = [];
  private readonly files: Open[] = [];

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
    const sync = new BackgroundSync(tmp);
    let open = true;
    /** Closes both descriptors once: the syncing one now, or after its last sync. */
    const shut = (): void => {
      if (!open) return;
      open = false;
      sync.close();
      fs.closeSync(fd);
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
        sync.wrote(buffered);
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
      try {
        flush();
        fs.fsyncSync(fd);
        if (sync.error) throw sync.error;
      } catch (err) {
        try {
          shut();
        } catch {
          // failing already
        }
        throw err instanceof ExtractError ? err : failed(err);
      }
      try {
        shut();
      } catch (err) {
        throw failed(err);
      }
    };
    this.files.push({
      synced: async () => {
        await sync.settled();
        if (sync.error) throw failed(sync.error);
      },
      check: () => {
        if (sync.error) throw failed(sync.error);
      },
      shut: () => {
        try {
          shut();
        } catch {
          // given up: its error is not this one's to report
        }
      },
    });
    return { fd, write, close };
  }

  /**
   * Waits for the background syncs of the files written (see SYNC_EVERY); fails as a failed write does
   * if one of them failed. To be awaited after the files are closed and before they are committed.
   */
  async settled(): Promise<void> {
    for (const f of this.files) await f.synced();
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

  /** Puts every file in place; a background sync known to have failed fails it (settled() waits for all). */
  commit(): void {
    for (const f of this.files) f.check();
    for (const { tmp, target } of this.pending) fs.renameSync(tmp, target);
    this.pending.length = 0;
  }

  /** Closes whatever is still open and removes every file. */
  abort(): void {
    for (const f of this.files) f.shut();
    for (const { tmp } of this.pending) fs.rmSync(tmp, { force: true });
    this.pending.length = 0;
  }
}
