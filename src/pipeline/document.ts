// One document through read → segment → entities → claims, to its output form (before linking).
// Per-document work never depends on other documents, so it can run in any order or in a worker.
import { ExtractError } from '../errors.js';
import { findClaims } from '../claims/index.js';
import { claimIdPrefix, failedDocument } from './failed.js';
import { findEntities } from '../entities/index.js';
import { segment } from '../segment/index.js';
import { slug } from '../text/keys.js';
import { codePointLength, codePointMapper } from '../text/offsets.js';
import type { Diagnostic, DocEntity, FoundClaim, OutClaim, OutDocument, OutEntity, ReadResult, Span } from '../types.js';

export interface AnalyseOptions {
  referenceDate: string;
}

export function analyse(read: ReadResult, options: AnalyseOptions): OutDocument {
  if (!read.ok) return failedDocument(read.source, read.sha256, read.error, read.diagnostics);
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const seg = segment(read.text);
  const entities = findEntities(seg, options.referenceDate, diagnostics);
  const claims = linkSources(findClaims(seg, entities), entities);
  return finish(read.source.path, read.sha256, read.encoding, read.text, seg.sentences.length, diagnostics, entities, claims);
}

/** A source the claims stage left unlinked is linked to the person or organization its span covers. */
export function linkSources(claims: FoundClaim[], entities: DocEntity[]): FoundClaim[] {
  const named: Array<{ start: number; end: number; entity: number }> = [];
  entities.forEach((e, entity) => {
    if (e.type === 'person' || e.type === 'organization') for (const m of e.mentions) named.push({ start: m.start, end: m.end, entity });
  });
  named.sort((a, b) => a.start - b.start);
  for (const c of claims) {
    if (c.source.entity !== null) continue;
    // Mentions do not overlap, so the first one ending after the source's start is where to look.
    let lo = 0;
    let hi = named.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (named[mid]!.end <= c.source.start) lo = mid + 1;
      else hi = mid;
    }
    let best = -1;
    let bestOverlap = 0;
    for (let i = lo; i < named.length && named[i]!.start < c.source.end; i++) {
      const overlap = Math.min(named[i]!.end, c.source.end) - Math.max(named[i]!.start, c.source.start);
      if (overlap > bestOverlap) {
        best = named[i]!.entity;
        bestOverlap = overlap;
      }
    }
    if (best >= 0) c.source.entity = best;
  }
  return claims;
}

/** A stage that throws costs its document, never the run: the document is reported as an error. */
export function analyseSafely(read: ReadResult, referenceDate: string): OutDocument {
  try {
    return analyse(read, { referenceDate });
  } catch (err) {
    if (err instanceof ExtractError) throw err; // the install itself is broken: no document can be analysed
    const message = `internal error while analysing: ${(err as Error).message}`;
    return failedDocument(read.source, read.sha256, { code: 'INTERNAL', severity: 'error', message });
  }
}

export function entityId(e: Pick<DocEntity, 'type' | 'name' | 'value'>): string {
  return e.type === 'date' && e.value ? `date:${e.value}` : `${e.type}:${slug(e.name)}`;
}


function finish(
  path: string, sha256: string, encoding: OutDocument['encoding'], text: string, sentences: number,
  diagnostics: Diagnostic[], entities: DocEntity[], claims: FoundClaim[],
): OutDocument {
  const cp = codePointMapper(text);
  const span = (s: Span & { text?: string }) => ({ text: text.slice(s.start, s.end), start: cp(s.start), end: cp(s.end) });
  const outEntities: OutEntity[] = entities.map((e) => ({
    id: entityId(e),
    type: e.type,
    name: e.name,
    ...(e.value !== undefined ? { value: e.value } : {}),
    aliases: e.aliases,
    mentions: e.mentions.map((m) => ({
      ...span(m),
      sentence: m.sentence,
      ...(m.value !== undefined ? { value: m.value } : {}),
      ...(m.title !== undefined ? { title: m.title } : {}),
    })),
  }));
  const prefix = claimIdPrefix(path);
  const ordered = [...claims].sort((a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start);
  const outClaims: OutClaim[] = ordered.map((c, i) => {
    const claim: OutClaim = {
      id: `${prefix}:${i + 1}`,
      sentence: c.sentence,
      kind: c.kind,
      confidence: Math.round(c.confidence * 1000) / 1000,
      source: {
        ...span(c.source),
        entityId: c.source.entity !== null && outEntities[c.source.entity] ? outEntities[c.source.entity]!.id : null,
        anonymous: c.source.anonymous,
      },
      cue: span(c.cue),
      content: span(c.content),
      via: c.via ? span(c.via) : null,
      clusterId: null,
    };
    if (c.content.parts && c.content.parts.length > 1) claim.content.parts = c.content.parts.map(span);
    return claim;
  });
  return {
    path, sha256, status: 'ok', error: null, encoding, chars: codePointLength(text), sentences,
    diagnostics: diagnostics.map((d) => ({ ...d })), entities: outEntities, claims: outClaims,
  };
}
