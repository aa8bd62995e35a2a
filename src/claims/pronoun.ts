// Which entity a source refers to: the entity mentioned inside the source span, or, for a pronoun or a
// relative "who", the nearest earlier compatible mention (a cheap stand-in for coreference).
import type { DocEntity, EntityType, Span } from '../types.js';

const PERSON_PRON = /^(he|she|him|her|his|hers|i|me|my|who|whom)$/i;
const ORG_PRON = /^(it|its|which)$/i;
const PLURAL_PRON = /^(they|them|their|we|us|our)$/i;

interface Flat { start: number; end: number; type: EntityType; entity: number }

export function flatten(entities: DocEntity[]): Flat[] {
  const out: Flat[] = [];
  entities.forEach((e, i) => { if (e.type === 'person' || e.type === 'organization') for (const m of e.mentions) out.push({ start: m.start, end: m.end, type: e.type, entity: i }); });
  return out.sort((a, b) => a.start - b.start);
}

export function resolveSource(flat: Flat[], src: Span, text: string): number | null {
  // a named source: the mention inside it, preferring the last (the head of "X's spokesman" is the spokesman's org)
  let inside: Flat | null = null;
  for (const m of flat) if (m.start >= src.start && m.end <= src.end) { if (!inside || m.type === 'person' || inside.type !== 'person') inside = m; }
  if (inside) return inside.entity;
  for (const m of flat) if (m.start < src.end && m.end > src.start) return m.entity;
  const word = text.slice(src.start, src.end).trim();
  let want: EntityType[] | null = null;
  if (PERSON_PRON.test(word)) want = ['person'];
  else if (ORG_PRON.test(word)) want = ['organization'];
  else if (PLURAL_PRON.test(word)) want = ['organization', 'person'];
  if (!want) return null;
  for (let k = flat.length - 1; k >= 0; k--) {
    const m = flat[k]!;
    if (m.end <= src.start && want.includes(m.type)) {
      // "who"/"which" refer to what stands right before them
      if (/^(who|which)$/i.test(word) && src.start - m.end > 60) return null;
      return m.entity;
    }
  }
  return null;
}
