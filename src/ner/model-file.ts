// Where the name model is, and its bytes read and unpacked ahead of first use: in the thread pool, while
// the main thread loads the tagger, instead of on the main thread after it.
import { readFile } from 'node:fs';
import { gunzip } from 'node:zlib';

export const MODEL_URL = new URL('../../../model/ner.bin.gz', import.meta.url);

/** The model file; EXTRACT_NER_MODEL names another, for comparing training runs without replacing the shipped one. */
export const modelFile = (): string | URL => process.env['EXTRACT_NER_MODEL'] || MODEL_URL;

let early: Promise<void> | null = null;
let unpacked: Buffer | null = null;

/** Starts reading and unpacking the model file; a failure here is left for the first use to meet. */
export function prefetchModel(): Promise<void> {
  early ??= new Promise<void>((resolve) => {
    readFile(modelFile(), (err, raw) => {
      if (err) return resolve();
      gunzip(raw, (e, bytes) => {
        if (!e) unpacked = bytes;
        resolve();
      });
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
