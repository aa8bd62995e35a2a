// Person/place/organization recogniser: a two-pass averaged perceptron over compromise's tokens and
// tags (see tagger.ts), with compromise's own entity tags as the fallback when no model is shipped.
import type { FoundMention, Segmented, Token } from '../types.js';
import { loadModel } from './model.js';
import { labelPrefix, labelType } from './perceptron.js';
import { labelDoc, prepare } from './tagger.js';
import { makeMention } from './titles.js';

/** No real name is longer: "Driefontein Consolidated and Gold Fields' Kloof Gold Mining Co" is 10. */
const MAX_NAME_TOKENS = 12;
const TYPE_NAMES: Array<FoundMention['type'] | null> = ['person', 'place', 'organization', null];

export function recognize(seg: Segmented): FoundMention[] {
  const model = loadModel();
  if (!model) return fallback(seg);
  const doc = prepare(seg);
  const labels = labelDoc(model, doc);
  const out: FoundMention[] = [];
  doc.sents.forEach((sent, si) => {
    const ls = labels[si]!;
    const spans: Array<[number, number, number]> = []; // [first, end, type]
    let start = -1;
    for (let i = 0; i < sent.length; i++) {
      const p = labelPrefix(ls[i]!);
      if (p === 0 || p === 3) start = i;
      if ((p === 2 || p === 3) && start >= 0) {
        const prev = spans[spans.length - 1];
        const ty = labelType(ls[i]!);
        // Two people's names never touch without a comma or "and" between them: a long name
        // ("Andres Manuel Lopez Obrador") that the model cut in two is one person.
        if (prev && prev[1] === start && prev[2] === 0 && ty === 0 && seg.text.slice(sent[start - 1]!.end, sent[start]!.start) === ' ') prev[1] = i + 1;
        else spans.push([start, i + 1, ty]);
        start = -1;
      }
    }
    for (const [from, to, ty] of spans) {
      const type = TYPE_NAMES[ty]!;
      // Label chains can run away on degenerate input (a long run of capitalised words).
      if (to - from > MAX_NAME_TOKENS) continue;
      if (type) { const m = makeMention(seg.text, sent, from, to, type); if (m) out.push(m); }
    }
  });
  return out;
}

const TAG_TYPES: Array<[string, FoundMention['type']]> = [['Person', 'person'], ['Place', 'place'], ['Organization', 'organization']];
const tagType = (t: Token): FoundMention['type'] | null => TAG_TYPES.find(([tag]) => t.tags.includes(tag))?.[1] ?? null;

/** Runs of compromise's own entity tags. */
function fallback(seg: Segmented): FoundMention[] {
  const out: FoundMention[] = [];
  for (const sent of prepare(seg).sents) {
    let i = 0;
    while (i < sent.length) {
      const type = tagType(sent[i]!);
      if (!type) { i++; continue; }
      let j = i + 1;
      while (j < sent.length && tagType(sent[j]!) === type && !/[,.;:!?)]/.test(sent[j - 1]!.post)) j++;
      const m = makeMention(seg.text, sent, i, j, type);
      if (m) out.push(m);
      i = j;
    }
  }
  return out;
}
