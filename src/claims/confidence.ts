// Confidence: a linear score over a draft's features, squashed to [0,1]. Weights are learned on
// PolNeAR train (scripts/train-claims.ts) so that the number tracks precision; without the model file
// a hand-set prior keeps the module usable.
import fs from 'node:fs';
import type { Token } from '../types.js';
import type { Draft } from './frames.js';
import { has, type Ctx } from './context.js';
import { cueInfo } from './lexicon.js';
import { isAnonymous } from './source.js';

let weights: Record<string, number> | null = null;
/** Candidates scoring below this are dropped; chosen by the trainer for F1 on train. */
export let threshold = 0.3;
try {
  const file = new URL('../../../model/claims-weights.json', import.meta.url);
  const model = JSON.parse(fs.readFileSync(file, 'utf8')) as { weights: Record<string, number>; threshold: number };
  weights = model.weights;
  threshold = model.threshold;
} catch {
  weights = null;
}

const PRIOR: Record<string, number> = {
  bias: 0, 'cls=speech': 1.0, 'cls=mind': -0.6, 'frame=ACC': 1.2, 'frame=ACCpost': 1.2, 'frame=XSC': 1.0, 'frame=XCS': 1.0,
  'frame=SCsplit': 1.2, 'lemma=say': 1.2, 'lemma=tell': 0.8, 'src=pron': 0.3, 'src=proper': 0.4, 'quoted': 0.5,
};

export function features(d: Draft, toks: Token[], kind: string, ctx?: Ctx): string[] {
  const f = ['bias', `frame=${d.frame}`, `kind=${kind}`];
  // "as per" is read as "according to", and weighed as it
  const first = (d.frame === 'ACC' || d.frame === 'ACCpost') ? 'according' : toks[d.cue[0]]!.normal;
  if (ctx) {
    // where the cue sits in its clause, and whether the clause also has a reporting verb or a quotation
    const us = ctx.us[d.cue[0]]!, ue = ctx.ue[d.cue[0]]!;
    const rel = (d.cue[0] - us) / Math.max(1, ue - us);
    let speech = false, quote = false;
    for (let k = us; k < ue; k++) {
      if (k < d.cue[0] || k > d.cue[1]) { const c = cueInfo(toks[k]!.normal); if (c?.cls === 'speech' && has(toks[k], 'Verb')) speech = true; }
      if (ctx.tq[k]! >= 0) quote = true;
    }
    f.push(`pos=${rel < 0.2 ? 'start' : rel < 0.6 ? 'mid' : 'end'}`, `otherSpeech=${speech}`, `unitQuote=${quote}`, `cls&otherSpeech=${d.info?.cls ?? 'none'}_${speech}`);
  }
  if (d.info) { f.push(`cls=${d.info.cls}`, `lemma=${d.info.lemma}`, `form=${toks[d.cue[1]]!.normal}`, `frame=${d.frame}&lemma=${d.info.lemma}`); }
  else f.push(`cue=${first}`);
  if (d.cue[1] > d.cue[0]) f.push('cue=multi');
  const tense = ['PastTense', 'PresentTense', 'Gerund', 'Infinitive'].find((x) => has(toks[d.cue[1]], x));
  if (tense) f.push(`tense=${tense}`, `tense=${tense}&frame=${d.frame}`);
  if (d.source) {
    const [a, b] = d.source;
    const len = b - a + 1;
    f.push(`srclen=${Math.min(len, 6)}`);
    const s = toks[b]!;
    if (has(s, 'Pronoun')) f.push(`src=pron`, `srcword=${s.normal}`);
    else if (has(s, 'Person')) f.push('src=person');
    else if (has(s, 'ProperNoun') || has(s, 'Organization')) f.push('src=proper');
    else f.push('src=common', `srchead=${s.normal}`);
    if (has(toks[a], 'Determiner')) f.push('src=det');
  }
  const clen = d.content.reduce((n, s) => n + (s.end - s.start), 0);
  f.push(`clen=${clen < 20 ? 's' : clen < 80 ? 'm' : clen < 300 ? 'l' : 'xl'}`);
  if (d.content.length > 1) f.push('parts');
  const lemma = d.info?.lemma ?? first;
  if (d.cue[1] > d.cue[0]) f.push(`pre=${first}`);
  const n1 = toks[d.cue[1] + 1], n2 = toks[d.cue[1] + 2];
  const w = (t: Token | undefined) => !t ? 'END' : FUNC.has(t.normal) ? t.normal : has(t, 'Pronoun') ? 'PRON' : has(t, 'Determiner') ? 'DET' : has(t, 'ProperNoun') ? 'PROP' : has(t, 'Verb') ? 'VERB' : has(t, 'Adjective') ? 'ADJ' : has(t, 'Noun') ? 'NOUN' : 'X';
  f.push(`n1=${w(n1)}`, `n1n2=${w(n1)}_${w(n2)}`, `lemma&n1=${lemma}_${w(n1)}`);
  if (d.info?.cls) f.push(`cls&n1=${d.info.cls}_${w(n1)}`, `cls&frame=${d.info.cls}_${d.frame}`);
  if (d.source) {
    const s = toks[d.source[1]]!;
    f.push(`lemma&src=${lemma}_${has(s, 'Pronoun') ? 'pron' : has(s, 'ProperNoun') || has(s, 'Person') ? 'prop' : 'common'}`);
    if (!has(s, 'ProperNoun')) f.push(`head=${s.normal}`);
    f.push(`p1=${w(toks[d.source[0] - 1])}`);
  }
  // what the content opens with says a lot about whether it is reported content ("that", a quote, "to")
  const c0 = firstTokenAt(toks, d.content[0]!.start);
  const open = !c0 ? 'none' : /[“"]|''/.test(c0.pre) ? 'quote' : w(c0);
  f.push(`c0=${open}`, `lemma&c0=${lemma}_${open}`, `frame&c0=${d.frame}_${open}`);
  if (d.info?.cls === 'other') f.push(`suffix=${lemma.slice(-3)}`, `stem=${stem(lemma)}`, `stem&c0=${stem(lemma)}_${open}`);
  if (d.source) {
    // sources are agents: people, groups, organisations, documents that speak
    const h = toks[d.source[1]]!;
    const animate = has(h, 'Person') || has(h, 'Organization') || /^(he|she|they|i|we|you|who)$/.test(h.normal) || isAnonymous(toks, d.source[0], d.source[1]) || has(h, 'Actor');
    f.push(`animate=${animate}`, `animate&cls=${animate}_${d.info?.cls ?? 'none'}`);
  }
  if (d.source && toks[d.source[0]]!.normal === 'who') f.push('src=who');
  const after = toks[d.cue[1] + 1];
  if (after) f.push(`next=${after.normal === 'that' ? 'that' : has(after, 'Pronoun') ? 'pron' : has(after, 'Determiner') ? 'det' : has(after, 'Preposition') ? 'prep:' + after.normal : 'other'}`);
  if (ctx) {
    // a clause for content (a finite verb in it) is what reporting verbs take; a bare object is what most other verbs take
    const c = d.content[0]!;
    let k = tokenIndexAt(toks, c.start), finite = false;
    for (; k >= 0 && k < toks.length && toks[k]!.start < c.end && !finite; k++) finite = has(toks[k], 'Verb') && !has(toks[k], 'Gerund') && !has(toks[k], 'Infinitive') && ctx.tq[k]! < 0;
    const st = stem(lemma);
    f.push(`finite=${finite}`, `stem&finite=${st}_${finite}`, `cls&finite=${d.info?.cls ?? 'none'}_${finite}`);
    if (d.source) {
      const h = toks[d.source[1]]!;
      const sk = has(h, 'Pronoun') ? 'pron' : has(h, 'Person') ? 'person' : has(h, 'ProperNoun') || has(h, 'Organization') ? 'prop' : 'common';
      f.push(`stem&src=${st}_${sk}`, `frame&src=${d.frame}_${sk}`);
    }
    if (tense) f.push(`stem&tense=${st}_${tense}`);
    if (d.cue[1] > d.cue[0]) f.push(`stem&pre=${st}_${first}`);
  }
  return f;
}

const FUNC = new Set(['that', 'to', 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'of', 'in', 'on', 'for', 'about', 'with', 'as', 'by', 'at', 'from', 'not', 'what', 'how', 'why', 'whether', 'if', 'and', 'but', 'this', 'there']);

export function score(feats: string[]): number {
  const w = weights ?? PRIOR;
  let z = 0;
  for (const k of feats) z += w[k] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

function tokenIndexAt(toks: Token[], pos: number): number {
  let lo = 0, hi = toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid]!.end <= pos) lo = mid + 1; else hi = mid; }
  return lo;
}

function firstTokenAt(toks: Token[], pos: number): Token | undefined {
  let lo = 0, hi = toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid]!.end <= pos) lo = mid + 1; else hi = mid; }
  while (lo < toks.length && toks[lo]!.text === '') lo++;
  return toks[lo];
}

/** A crude stem that pools a verb's inflections ("mocked", "mocks", "mocking" -> "mock"). */
function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('es') && /(sh|ch|x|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.replace(/e$/, '').replace(/([^aeiou])\1$/, '$1');
}
