// Every failure the user can act on is an ExtractError with a stable `code`; tests assert the code,
// not the wording. The CLI maps codes to exit statuses (see EXIT_CODES).

export type ErrorCode =
  | 'USAGE'
  | 'BAD_REFERENCE_DATE'
  | 'BAD_FORMAT'
  | 'BAD_JOBS'
  | 'BAD_SHARD'
  | 'BAD_SHARD_INPUT'
  | 'NO_MATCH'
  | 'OUTPUT_NOT_DIRECTORY'
  | 'OUTPUT_UNWRITABLE'
  | 'CACHE_NOT_DIRECTORY'
  | 'MODEL_DAMAGED';

export class ExtractError extends Error {
  readonly code: ErrorCode;
  readonly path: string | undefined;

  constructor(code: ErrorCode, message: string, path?: string) {
    super(message);
    this.name = 'ExtractError';
    this.code = code;
    this.path = path;
  }
}

/** 0: every file read; 1: some files could not be read; 2: nothing could be done as asked. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

/** A fatal error as it crosses from a worker thread (structured cloning keeps no custom fields). */
export interface FatalMessage {
  fatal: { code: ErrorCode; message: string; path?: string };
}

export function isFatalMessage(x: unknown): x is FatalMessage {
  return typeof x === 'object' && x !== null && 'fatal' in x;
}
