// The output form of a document that could not be read or analysed. Kept apart from the analysis
// modules so that code which only reports failures (the main thread, the cache path) loads no tagger.
import { createHash } from 'node:crypto';
import type { Diagnostic, OutDocument, Source } from '../types.js';

export function failedDocument(source: Source, sha256: string | null, error: Diagnostic, diagnostics: Diagnostic[] = []): OutDocument {
  return {
    path: source.path, sha256, status: 'error', error: error.message, encoding: null,
    chars: 0, sentences: 0, diagnostics: [error, ...diagnostics], entities: [], claims: [],
  };
}

export function claimIdPrefix(path: string): string {
  return `claim:${createHash('sha256').update(path).digest('hex').slice(0, 10)}`;
}

/** A result analysed under another path (a cache entry), with path-derived fields made this path's. */
export function restamp(doc: OutDocument, path: string): OutDocument {
  doc.path = path;
  restampClaims(doc, path);
  return doc;
}

/** Claim ids (of a document or of its link summary) made this path's. */
export function restampClaims<T extends { claims: Array<{ id: string }> }>(doc: T, path: string): T {
  const prefix = claimIdPrefix(path);
  doc.claims.forEach((c, i) => {
    c.id = `${prefix}:${i + 1}`;
  });
  return doc;
}
