// Where the name model is, and its bytes read and unpacked ahead of first use: in the thread pool, while
// the main thread loads the tagger, instead of on the main thread after it.
import { readFileSync } from 'node:fs';
import { gunzip } from 'node:zlib';

export const MODEL_URL = new URL('../../../model/ner.bin.gz', import.meta.url);

/** The model file; EXTRACT_NER_MODEL names another, for comparing training runs without replacing the shipped one. */
export const modelFile = (): string | URL => process.env['EXTRACT_NER_MODEL'] || MODEL_URL;

let early: Promise<void> | null = null;
let unpacked: Buffer | null = null;

/** Starts reading and unpacking the model file; a failure here is left for the first use to meet. */
export function prefetchModel(): Promise<void> {
  early ??= new Promise<void>((resolve) => {
    let raw: Buffer;
    try {
      // Read at once (one call; the async API takes a turn of the busy main thread per step).
      raw = readFileSync(modelFile());
    } catch {
      return resolve();
    }
    // One output chunk as large as the file says it unpacks to: gunzip then runs as one job in the
    // pool, not a step per 16 KB chunk, each waiting for the main thread.
    const size = raw.length >= 4 ? raw.readUInt32LE(raw.length - 4) : 0;
    gunzip(raw, { chunkSize: Math.min(Math.max(size + 1, 16 * 1024), 64 * 1024 * 1024) }, (e, bytes) => {
      if (!e) unpacked = bytes;
      resolve();
    });
  });
  return early;
}

/** The unpacked bytes, once, when a prefetch has finished. */
export function takePrefetched(): Buffer | null {
  const bytes = unpacked;
  unpacked = null;
  return bytes;
}
