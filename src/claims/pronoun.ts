// Which entity a source refers to: the entity mentioned inside the source span, or, for a pronoun or a
// relative "who", the nearest earlier compatible mention (a cheap stand-in for coreference).
import type { DocEntity, EntityType, Span, Token } from '../types.js';

const PERSON_PRON = /^(he|she|him|her|his|hers|i|me|my|who|whom)$/i;
const MALE_PRON = /^(he|him|his)$/i, FEMALE_PRON = /^(she|her|hers)$/i;
const ORG_PRON = /^(it|its|which)$/i;
// a named person is seldom "they" in news copy; a company, a ministry or a party often is
const PLURAL_PRON = /^(they|them|their|we|us|our)$/i;
const MALE_TITLE = /^(mr|sir|lord|king|prince|father|brother)\.?$/i, FEMALE_TITLE = /^(mrs|ms|miss|dame|lady|queen|princess|mother|sister)\.?$/i;

type Gender = 'm' | 'f' | null;
interface Flat { start: number; end: number; type: EntityType; entity: number; gender: Gender }

/** A person's gender as the text shows it: a first name compromise knows as male or female, or a title. */
function genderOf(e: DocEntity, toks: Token[]): Gender {
  for (const m of e.mentions) {
    let lo = 0, hi = toks.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid]!.end <= m.start) lo = mid + 1; else hi = mid; }
    const t = toks[lo], prev = toks[lo - 1];
    if (!t || t.start >= m.end) continue;
    if (t.tags.includes('MaleName') || prev && MALE_TITLE.test(prev.text) || MALE_TITLE.test(t.text)) return 'm';
    if (t.tags.includes('FemaleName') || prev && FEMALE_TITLE.test(prev.text) || FEMALE_TITLE.test(t.text)) return 'f';
  }
  return null;
}

export function flatten(entities: DocEntity[], toks: Token[] = []): Flat[] {
  const out: Flat[] = [];
  entities.forEach((e, i) => {
    if (e.type !== 'person' && e.type !== 'organization') return;
    const gender = e.type === 'person' ? genderOf(e, toks) : null;
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, type: e.type, entity: i, gender });
  });
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
  else if (PLURAL_PRON.test(word)) want = ['organization'];
  if (!want) return null;
  // a person the text marks as a woman for "she" (a man for "he") comes before a nearer one it does not mark
  const marked = FEMALE_PRON.test(word) ? 'f' : MALE_PRON.test(word) ? 'm' : null;
  if (marked) {
    for (let k = flat.length - 1; k >= 0 && flat[k]!.start > src.start - 400; k--) {
      const m = flat[k]!;
      if (m.end <= src.start && m.type === 'person' && m.gender === marked) return m.entity;
    }
  }
  for (let k = flat.length - 1; k >= 0; k--) {
    const m = flat[k]!;
    // "she" is not a man the text names as one, nor "he" a woman
    const clash = m.gender === 'm' && FEMALE_PRON.test(word) || m.gender === 'f' && MALE_PRON.test(word);
    if (m.end <= src.start && want.includes(m.type) && !clash) {
      // "who"/"which" refer to what stands right before them
      if (/^(who|which)$/i.test(word) && src.start - m.end > 60) return null;
      return m.entity;
    }
  }
  return null;
}
