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
  claims: Array<{ id: string; source: string; words: string[] }>;
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
    claims: doc.claims.map((c) => ({ id: c.id, source: sourceKey(c.source.entityId, c.source.anonymous, c.source.text), words: [...contentWords(c.content.text)] })),
  };
}
