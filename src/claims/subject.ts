// Subjects the noun-phrase walk (source.ts) cannot reach on its own: a head with participles, prepositional
// phrases or a relative clause after it, a long appositive, a name compromise reads as a verb.
import type { Token } from '../types.js';
import { has, gapAfter, firstReal, type Ctx } from './context.js';
import { npRight, nounish, roleHead } from './source.js';

export const TIME = /^(on|last|this|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|week|month|year|night|morning|afternoon|evening|recently|previously|again|too|also|then)$/;
export const SUBORD = /^(when|while|as|after|before|if|because|since|although|though|once|until|unless|whereas)$/;

/** The head of a noun phrase with a prepositional phrase: "lawyer" in "A lawyer for the news outlets". */
export function headNoun(ctx: Ctx, np: [number, number]): number {
  for (let k = np[0] + 1; k <= np[1]; k++) if (has(ctx.toks[k], 'Preposition') && nounish(ctx.toks[k - 1])) return k - 1;
  return np[1];
}

/** A capitalised word compromise tags as a verb ("Boreing", "Patch"): a name when a subject is due. */
export function verbName(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && has(t, 'Verb') && !has(t, 'Auxiliary') && !has(t, 'Modal');
}

/** "33%", "26 percent": a figure and nothing else. */
export function figureOnly(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (ctx.toks[k]!.text !== '' && !has(ctx.toks[k], 'Value') && !/^(percent|per|cent)$/.test(ctx.toks[k]!.normal)) return false;
  return true;
}

/** The unit's first word from `floor`, past an opening "But", "And", "Yet" (not beyond `limit`). */
function clauseStart(ctx: Ctx, floor: number, limit: number): number {
  let a = firstReal(ctx, floor);
  while (a < limit && /^(but|and|so|yet|still)$/.test(ctx.toks[a]!.normal)) a++;
  return a;
}

/** A verb of its own between tokens a and b: "after the senator spoke" is a clause, "before winter" is not. */
function clauseUntil(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) { const t = ctx.toks[k]!; if (has(t, 'Verb') && !has(t, 'Gerund') && !has(t, 'Participle') && !has(t, 'Noun')) return true; }
  return false;
}

/** "Mr. Slinker, whose start-up, Paradata, uses big data, said", "Corey Lee, a rival whom Trump fired, said": a
 *  name or role opening the unit, then an appositive whose own verbs all sit in relative clauses or are
 *  participles, up to the comma before the cue. The source [first, c], or null. */
export function longAppositive(ctx: Ctx, c: number, floor: number): [number, number] | null {
  const { toks } = ctx;
  const a = clauseStart(ctx, floor, c);
  const np = npRight(ctx, a, c, false);
  if (!np || np[1] >= c || c - np[1] > 40 || !/,/.test(gapAfter(ctx, np[1]))) return null;
  const h = toks[np[1]]!;
  const named = has(h, 'Person') || has(h, 'ProperNoun') || has(h, 'Organization') || roleHead(toks[headNoun(ctx, np)]);
  // "The report, published on Tuesday, found": a participle set off after any subject is an adjunct, no part of it
  const n = toks[np[1] + 1]!;
  // so is a comparison or an example: "Economists, like their counterparts, say"
  const adjunct = (has(n, 'PastTense') || has(n, 'Participle') || has(n, 'Gerund')) && has(toks[np[1] + 2], 'Preposition')
    || /^(like|unlike|including)$/.test(n.normal) && has(n, 'Preposition');
  // "The findings, which were published Tuesday, suggest": a relative clause set off after any subject is its own
  const relative = /^(who|whose|which)$/.test(n.normal);
  if (!named && !adjunct && !relative) return null;
  let rel = false;
  for (let k = np[1] + 1; k <= c; k++) {
    const t = toks[k]!;
    if (t.text === '') continue;
    if (ctx.tq[k]! >= 0) return null;
    if (/,/.test(gapAfter(ctx, k - 1)) && /^(and|but|or|so|while|as|because|although|though|when|after|before|if|then)$/.test(t.normal)) return null;
    if (/^(who|whose|whom|which)$/.test(t.normal) || t.normal === 'that' && nounish(toks[k - 1])) { rel = true; continue; }
    const participle = has(t, 'Gerund') || has(t, 'Participle') || has(t, 'PastTense') && nounish(toks[k - 1]);
    if (!rel && has(t, 'Verb') && !participle && !has(t, 'Noun') && !has(t, 'Adjective') && gapAfter(ctx, k - 1) !== '-') return null;
  }
  return named || relative ? [np[0], c] : np;
}

/** The whole subject from the unit's start to token j, when its head (a noun phrase opening the unit) has only
 *  modifiers after it: participles, prepositional phrases, an infinitive, a relative clause. Or null. */
export function fullSubject(ctx: Ctx, j: number, floor: number): [number, number] | null {
  const { toks } = ctx;
  const a = clauseStart(ctx, floor, j);
  if (a >= j || j - a > 25) return null;
  const t0 = toks[a]!;
  if (!nounish(t0) || has(t0, 'Date') || has(t0, 'Preposition') || SUBORD.test(t0.normal) || has(t0, 'Pronoun') && !/^(those|some|many|most|all)$/.test(t0.normal)) return null;
  const head = npRight(ctx, a, j + 1, false);
  if (!head || head[1] >= j) return null;
  const n = toks[head[1] + 1]!;
  const opens = has(n, 'Gerund') || has(n, 'Participle') || has(n, 'PastTense') || /^(who|whose|whom|which|that)$/.test(n.normal) || has(n, 'Preposition') && !(has(toks[head[1] + 2], 'Date') || TIME.test(toks[head[1] + 2]?.normal ?? ''));
  if (!opens) return null;
  let rel = false, relVerb = false;
  for (let k = head[1] + 1; k <= j; k++) {
    const t = toks[k]!;
    if (t.text === '') continue;
    if (/[,;:()\[\]—–―"“”]|''|\s-\s/.test(gapAfter(ctx, k - 1)) || ctx.tq[k]! >= 0) return null;
    if (/^(who|whose|whom|which|that)$/.test(t.normal)) { rel = true; relVerb = false; continue; }
    if (rel && has(t, 'Verb')) relVerb = true;
    // "Boos rained down when Trump", "Rubio spoke over boos as he": a second clause is no modifier
    if (SUBORD.test(t.normal) && (has(toks[k + 1], 'Pronoun') || clauseUntil(ctx, k + 1, j)) || t.normal === 'than') return null;
    if (rel || !has(t, 'Verb') || has(t, 'Noun') || has(t, 'Adjective') || has(t, 'Particle')) continue;
    if (has(t, 'Copula') || has(t, 'Auxiliary') || has(t, 'Modal')) return null;
    // "a memo seen by Reuters", "voters going to the polls", "groups trying to win": a regular past form only
    // before its agent ("a witness interviewed by staff"), else it is the clause's own verb ("The DOJ responded")
    // ("people briefed on the talks": after a speaker's role or group, before a preposition, too)
    const reduced = has(t, 'PastTense') && nounish(toks[k - 1]) && (toks[k + 1]?.normal === 'by' || k === head[1] + 1 && roleHead(toks[headNoun(ctx, head)]) && has(toks[k + 1], 'Preposition'));
    const participle = has(t, 'Gerund') || has(t, 'Participle') || reduced || toks[k - 1]!.normal === 'to';
    if (!participle) return null;
  }
  // "The fact that he said", "the party he now leads": a relative clause with no verb of its own takes the cue
  if (rel && !relVerb) return null;
  return nounish(toks[j]) || has(toks[j], 'Date') ? [a, j] : null;
}

const QUANTIFIER = /^(everything|anything|something|nothing|all)$/;
const SAYS = /^(says|said|say|tells|told)$/;

/**
 * The subject inside a noun phrase that a relative or complement clause opens: "Trump" in "the gap between what
 * Trump says", "One of the reasons that Trump refuses", "Everything Trump says", "Merrill says Machado promised",
 * or of the adverbial clause the walk crossed into ("... turned vicious after Trump questioned").
 * The walk to the left takes the whole phrase; the cue's subject is the last clause's. [a, b] otherwise.
 */
export function innerSubject(ctx: Ctx, src: [number, number]): [number, number] {
  const { toks } = ctx;
  const [a, b] = src;
  for (let k = b - 1; k >= a; k--) {
    const t = toks[k]!;
    if (t.text === '' || /[,;:()“”"]/.test(gapAfter(ctx, k))) continue;
    const opens = (/^(that|what)$/.test(t.normal) || SUBORD.test(t.normal) && t.normal !== 'as') && k > a || QUANTIFIER.test(t.normal) && k === a || SAYS.test(t.normal) && k > a && has(t, 'Verb');
    if (!opens) continue;
    const inner = npRight(ctx, k + 1, b + 1, false);
    if (inner && inner[0] === k + 1 && inner[1] === b && (has(toks[k + 1], 'Person') || has(toks[k + 1], 'ProperNoun') || has(toks[k + 1], 'Pronoun') || has(toks[k + 1], 'Determiner'))) return inner;
  }
  return src;
}
