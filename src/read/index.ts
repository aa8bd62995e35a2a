// read: one source to decoded text, or to a failure that names the reason. Never throws.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Diagnostic, ReadFailed, ReadResult, Source } from '../types.js';
import { decode } from './decode.js';

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function failure(source: Source, code: string, message: string, sha256: string | null = null): ReadFailed {
  return { ok: false, source, sha256, error: { code, severity: 'error', message }, diagnostics: [] };
}

const FS_REASONS: Record<string, [string, string]> = {
  ENOENT: ['NOT_FOUND', 'no such file'],
  EACCES: ['PERMISSION_DENIED', 'permission denied'],
  EPERM: ['PERMISSION_DENIED', 'permission denied'],
  EISDIR: ['IS_DIRECTORY', 'is a directory'],
};

/** The source's bytes, or the failure that stopped reading them. */
export async function readBytes(source: Source, stdin?: () => Promise<Uint8Array>): Promise<Uint8Array | ReadFailed> {
  try {
    // A synchronous read: one call instead of the promise API's open/stat/read/close round trips,
    // which dominated runs served from the cache.
    return source.file === null ? await (stdin ?? readStdin)() : fs.readFileSync(source.file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const [ourCode, reason] = FS_REASONS[code] ?? ['READ_FAILED', (err as Error).message];
    return failure(source, ourCode, reason);
  }
}

export async function readSource(source: Source, stdin?: () => Promise<Uint8Array>): Promise<ReadResult> {
  const bytes = await readBytes(source, stdin);
  return bytes instanceof Uint8Array ? decodeSource(source, bytes) : bytes;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `sha256` is the bytes' hash when the caller has it already. */
export function decodeSource(source: Source, bytes: Uint8Array, sha256 = hashBytes(bytes)): ReadResult {
  const decoded = decode(bytes);
  if (decoded.kind === 'binary') return failure(source, 'BINARY_FILE', `${decoded.reason}; not parsed`, sha256);
  const diagnostics: Diagnostic[] = [];
  if (decoded.fallback) {
    diagnostics.push({ code: 'NOT_UTF8', severity: 'warning', message: 'not valid UTF-8; decoded as Windows-1252' });
  }
  if (decoded.text.trim().length === 0) {
    diagnostics.push({ code: 'EMPTY_FILE', severity: 'warning', message: 'file has no text' });
  }
  return { ok: true, source, text: decoded.text, encoding: decoded.encoding, sha256, diagnostics };
}
