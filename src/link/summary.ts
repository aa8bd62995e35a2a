// What linking needs of one document, and nothing more: each entity's id, names and mention count, each
// claim's id, source key and content words; with the document's status and diagnostics, which the run
// reports. It is small beside the document, a pure function of it, and stored with a cached document so
// that a cached run links, reports and finds its rendered output without parsing the whole document.
import { nameKey } from '../text/keys.js';
import type { EntityType, OutDiagnostic, OutDocument } from '../types.js';

export interface LinkSummary {
  status: OutDocument['status'];
  diagnostics: OutDiagnostic[];
  entities: Array<{ id: string; type: EntityType; name: string; value?: string; aliases: string[]; mentions: number }>;
  /** `words`: the content's words as contentKey gives them. */
  claims: Array<{ id: string; source: string; words: string }>;
}

const STOPWORDS = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those ' +
    'he she they we you i his her their our your my him them us me will would could should can may might must do does did ' +
    'has have had not no so than then there here what which who whom whose when where why how all any some such about into over')
    .split(' '),
);

/** Content words with a crude stem, so "attacks"/"attacked"/"attack" meet. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of nameKey(text).split(' ')) {
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    out.add(w.replace(/(?:ing|ed|es|s)$/, '').slice(0, 7));
  }
  return out;
}

/** A content's words (contentWords), sorted, one space apart: contents with the same words have the same key. */
export function contentKey(text: string): string {
  return [...contentWords(text)].sort().join(' ');
}

export function sourceKey(entityId: string | null, anonymous: boolean, text: string): string {
  return entityId ?? (anonymous ? 'anonymous' : `text:${nameKey(text)}`);
}

export function linkSummary(doc: OutDocument): LinkSummary {
  return {
    status: doc.status,
    diagnostics: doc.diagnostics,
    entities: doc.entities.map((e) => ({
      id: e.id, type: e.type, name: e.name, ...(e.value !== undefined ? { value: e.value } : {}), aliases: e.aliases, mentions: e.mentions.length,
    })),
    claims: doc.claims.map((c) => ({ id: c.id, source: sourceKey(c.source.entityId, c.source.anonymous, c.source.text), words: contentKey(c.content.text) })),
  };
}

type PackedEntity = [id: string, type: EntityType, name: string, aliases: string[], mentions: number, value?: string];
type Packed = [status: LinkSummary['status'], diagnostics: OutDiagnostic[], entities: PackedEntity[], claims: string[]];

/**
 * A summary as a cache entry stores it: arrays instead of objects, and no claim ids (a cached summary's
 * are made for its path anyway, see restampClaims). A third of the size, and as much faster to parse:
 * a cached run parses every document's.
 */
export function packSummary(s: LinkSummary): string {
  const entities = s.entities.map((e): PackedEntity => {
    const packed: PackedEntity = [e.id, e.type, e.name, e.aliases, e.mentions];
    if (e.value !== undefined) packed.push(e.value);
    return packed;
  });
  return JSON.stringify([s.status, s.diagnostics, entities, s.claims.flatMap((c) => [c.source, c.words])] satisfies Packed);
}

/** A packed summary back, its claims' ids left empty. */
export function unpackSummary(text: string): LinkSummary {
  const [status, diagnostics, entities, flat] = JSON.parse(text) as Packed;
  const claims: LinkSummary['claims'] = [];
  for (let i = 0; i < flat.length; i += 2) claims.push({ id: '', source: flat[i]!, words: flat[i + 1]! });
  return {
    status,
    diagnostics,
    entities: entities.map(([id, type, name, aliases, mentions, value]) => ({ id, type, name, ...(value !== undefined ? { value } : {}), aliases, mentions })),
    claims,
  };
}
