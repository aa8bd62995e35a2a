// The entity stage finds names that compromise misses or misreads ("Patch" as a verb, "Okafor" as a plain
// noun); the claims' rules read compromise's tags, so the tokens of a name get the tags of its type.
import type { DocEntity, Segmented, Token } from '../types.js';

const TAGS: Record<string, string[]> = { person: ['ProperNoun', 'Person'], organization: ['ProperNoun', 'Organization'], place: ['ProperNoun', 'Place'] };
// what a name's word is not
const NOT_NAME = new Set(['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Participle', 'Adjective', 'Adverb', 'Auxiliary', 'Copula']);

/** The segmentation with the tokens inside person, organization and place mentions retagged (a copy: the
 *  input stays as it was). */
export function withNames(seg: Segmented, entities: DocEntity[]): Segmented {
  const spans: Array<[number, number, string[]]> = [];
  for (const e of entities) {
    const tags = TAGS[e.type];
    if (tags) for (const m of e.mentions) spans.push([m.start, m.end, tags]);
  }
  if (!spans.length) return seg;
  spans.sort((a, b) => a[0] - b[0]);
  const tokens: Token[] = seg.tokens.slice();
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (s < spans.length && spans[s]![1] <= t.start) s++;
    const sp = spans[s];
    if (!sp || t.text === '' || sp[0] > t.start || t.end > sp[1]) continue;
    const add = sp[2].filter((x) => !t.tags.includes(x));
    const drop = t.tags.some((x) => NOT_NAME.has(x));
    if (!add.length && !drop) continue;
    tokens[i] = { ...t, tags: [...t.tags.filter((x) => !NOT_NAME.has(x)), ...add, ...(t.tags.includes('Noun') ? [] : ['Noun'])] };
  }
  return { ...seg, tokens };
}
