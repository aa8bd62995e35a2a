// The entity stage finds names that compromise misses or misreads ("Patch" as a verb, "Okafor" as a plain
// noun); the claims' rules read compromise's tags, so the tokens of a name get the tags of its type.
import type { DocEntity, Segmented, Token } from '../types.js';

const TAGS: Record<string, string[]> = { person: ['ProperNoun', 'Person'], organization: ['ProperNoun', 'Organization'], place: ['ProperNoun', 'Place'] };
// what a name's word is not
const NOT_NAME = new Set(['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Participle', 'Adjective', 'Adverb', 'Auxiliary', 'Copula']);

/** The segmentation with the tokens inside person, organization and place mentions retagged, and possessives
 *  compromise took for "is" mended (a copy: the input stays as it was). */
export function withNames(seg: Segmented, entities: DocEntity[]): Segmented {
  const spans: Array<[number, number, string[]]> = [];
  for (const e of entities) {
    const tags = TAGS[e.type];
    if (tags) for (const m of e.mentions) spans.push([m.start, m.end, tags]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let tokens: Token[] | null = null;
  const copy = (): Token[] => (tokens ??= seg.tokens.slice());
  let s = 0;
  for (let i = 0; i < seg.tokens.length && spans.length; i++) {
    const t = seg.tokens[i]!;
    while (s < spans.length && spans[s]![1] <= t.start) s++;
    const sp = spans[s];
    if (!sp || t.text === '' || sp[0] > t.start || t.end > sp[1]) continue;
    const add = sp[2].filter((x) => !t.tags.includes(x));
    const drop = t.tags.some((x) => NOT_NAME.has(x));
    if (!add.length && !drop) continue;
    copy()[i] = { ...t, tags: [...t.tags.filter((x) => !NOT_NAME.has(x)), ...add, ...(t.tags.includes('Noun') ? [] : ['Noun'])] };
  }
  // compromise may read a possessive 's as "is" ("Thursday's meeting", "Radio 4's Today programme"), leaving an
  // empty copula after the word: before a noun, a name or a date (not a participle: "Trump's leading") it is
  // the possessive
  const all = seg.tokens;
  for (let i = 1; i + 1 < all.length; i++) {
    const t = all[i]!, prev = all[i - 1]!, next = all[i + 1]!;
    if (t.text !== '' || !t.tags.includes('Copula') || !/['’]s$/i.test(prev.text) || prev.tags.includes('Pronoun')) continue;
    // "Thursday's meeting says": after a date, or before a reporting verb, an -ing word is the possessed noun
    const gerundNoun = next.tags.includes('Gerund') && (prev.tags.includes('Date') || /^(says|said|shows|showed|found|finds)$/.test(all[i + 2]?.normal ?? ''));
    if (gerundNoun) copy()[i + 1] = { ...next, tags: ['Noun', 'Singular'] };
    else if (!(next.tags.includes('Noun') || next.tags.includes('Date') || next.tags.includes('ProperNoun')) || next.tags.includes('Gerund') || next.tags.includes('Pronoun')) continue;
    copy()[i] = { ...t, tags: [] };
    if (!prev.tags.includes('Possessive')) copy()[i - 1] = { ...prev, tags: [...prev.tags, 'Possessive'] };
  }
  return tokens ? { ...seg, tokens } : seg;
}
