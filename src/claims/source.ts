// Source noun phrases. Gold sources are the whole local mention: determiner, titles, "of"/"to" phrases
// and appositives ("Jim Smith, a spokesman for the party,"), or just the relative pronoun ("who said").
import type { Token } from '../types.js';
import { has, gapAfter, type Ctx } from './context.js';
import { cueInfo } from './lexicon.js';

const LAST_PERIOD = /^(week|weekend|month|year|fall|spring|summer|winter)$/;
const REL = new Set(['who', 'which', 'that']);
const RELEASED = /^(released|conducted|published|issued|commissioned|obtained|taken|completed|compiled|reported|tallied|prepared|collected|gathered|broadcast|aired|known|named|nicknamed|dubbed|involved|briefed|based|speaking)$/;
const NOUNY = new Set(['campaign', 'state', 'poll', 'polls', 'polling', 'exit', 'survey', 'report', 'study', 'record', 'group', 'press', 'police', 'defense', 'health', 'trade', 'union', 'court', 'staff', 'vice', 'senate', 'house', 'party', 'retired', 'former', 'federal', 'local', 'top', 'senior', 'chief', 'lead', 'head']);
const NP_PREP = new Set(['of', 'to', 'for', 'at', 'with', 'from', 'in', 'on', 'near', 'inside', 'within', 'among']);
const NOT_NP = new Set(['that', 'this', 'these', 'those', 'him', 'them', 'us', 'me', 'but', 'and', 'or', 'so', 'yet', 'because', 'if', 'when', 'while', 'as', 'though', 'although', 'after', 'before', 'since', 'then', 'also', 'however', 'meanwhile', 'there', 'here', 'now', 'today', 'yesterday', 'tomorrow', 'not', 'just', 'only']);
const DASHED = /^\s*(--|[—–―])\s*$/;
const PUNCT_STOP = /[,;:()\[\]—–"“”«»]|''|\s-\s/;

/** Words compromise often tags as verbs that head or modify news noun phrases ("campaign spokesman"). */
export function nounLike(t: Token): boolean {
  return NOUNY.has(t.normal);
}

export function nounish(t: Token | undefined): boolean {
  if (!t || t.text === '') return false;
  // "U.S." normalises to "us"
  if (NOT_NP.has(t.normal) && !has(t, 'Acronym')) return false;
  if (NOUNY.has(t.normal)) return true;
  if (has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Adjective') && !has(t, 'Participle')) return false;
  if (has(t, 'Adverb') || has(t, 'Conjunction') || has(t, 'Preposition') || has(t, 'QuestionWord')) return false;
  return has(t, 'Noun') || has(t, 'Adjective') || has(t, 'Determiner') || has(t, 'Value') || has(t, 'Possessive') || has(t, 'Acronym');
}
const proper = (t: Token) => has(t, 'ProperNoun') || has(t, 'Person') || has(t, 'Organization');
const titleLike = (t: Token) => has(t, 'Actor') || has(t, 'Honorific') || has(t, 'Adjective') || has(t, 'Determiner') || has(t, 'Possessive') || has(t, 'Value') || /^[A-Z]/.test(t.text);

/** Token range [a, b] of the noun phrase ending at token j (inclusive), or null. */
export function npLeft(ctx: Ctx, j: number, floor: number): [number, number] | null {
  const { toks } = ctx;
  while (j >= floor && toks[j]!.text === '') j--;
  if (j < floor) return null;
  // "Congress last year passed", "A judge last month ordered": the time phrase is an adjunct, not part of the subject
  if (j - 2 >= floor && LAST_PERIOD.test(toks[j]!.normal) && /^(last|this)$/.test(toks[j - 1]!.normal) && nounish(toks[j - 2]) && !/^(this|last)$/.test(toks[j - 2]!.normal)) j -= 2;
  // "Rep. Ann Lee (D-Ore.) said": the parenthesis belongs to the name before it
  if (/\)/.test(toks[j]!.post)) {
    let o = j; while (o > floor && j - o < 6 && !/\(/.test(toks[o]!.pre) && !/\(/.test(toks[o - 1]!.post)) o--;
    if (o > floor && /\(/.test(toks[o]!.pre + toks[o - 1]!.post)) { const head = npLeft(ctx, o - 1, floor); return head ? [head[0], j] : null; }
  }
  if (REL.has(toks[j]!.normal) && (j === floor || /,/.test(gapAfter(ctx, j - 1)) || nounish(toks[j - 1]) || /^(those|anyone|everyone|someone|others)$/.test(toks[j - 1]!.normal))) return [j, j];
  // "Many of you", "some of them" (object pronouns are no phrase of their own)
  if (/^(you|them|us|those)$/.test(toks[j]!.normal) && toks[j - 1]?.normal === 'of' && j - 2 >= floor && QUANT.test(toks[j - 2]!.normal)) return [j - 2, j];
  // "Those surveyed", "56 percent of Cuban-Americans polled": the participle of a poll closes its phrase
  if (POLLED.test(toks[j]!.normal) && j - 1 >= floor && !PUNCT_STOP.test(gapAfter(ctx, j - 1))) {
    let head = /^(those|people|voters|respondents|adults)$/.test(toks[j - 1]!.normal) ? [j - 1, j - 1] : npLeft(ctx, j - 1, floor);
    // "Thirty-one percent of those surveyed"
    if (head && head[0] - 2 >= floor && toks[head[0] - 1]!.normal === 'of' && !PUNCT_STOP.test(gapAfter(ctx, head[0] - 2))) head = npLeft(ctx, head[0] - 2, floor) ?? head;
    return head ? [head[0], j] : null;
  }
  // "Her campaign workers here said": a place adverb after the noun stays with it
  if (/^(here|there)$/.test(toks[j]!.normal) && j - 1 >= floor && has(toks[j - 1], 'Noun') && !has(toks[j - 1], 'Pronoun') && !PUNCT_STOP.test(gapAfter(ctx, j - 1))) {
    const head = npLeft(ctx, j - 1, floor);
    return head ? [head[0], j] : null;
  }
  // "Those close to him", "people familiar with them": an object pronoun ends the phrase's own preposition
  if (/^(him|her|them|us|me)$/.test(toks[j]!.normal) && j - 2 >= floor && /^(to|with)$/.test(toks[j - 1]!.normal) && /^(familiar|close)$/.test(toks[j - 2]!.normal) && !PUNCT_STOP.test(gapAfter(ctx, j - 2))) {
    const head = npLeft(ctx, j - 2, floor);
    return head ? [head[0], j] : null;
  }
  if (!nounish(toks[j])) return null;
  let a = j, sawProper = proper(toks[j]!), coord = false;
  if (has(toks[j]!, 'Pronoun')) {
    return /[\p{L}]/u.test(toks[j]!.text) && !has(toks[j]!, 'Possessive') && !/^(her|him|them|us|me)$/.test(toks[j]!.normal) ? [j, j] : null;
  }
  for (let k = j - 1; k >= floor; k--) {
    const t = toks[k]!;
    if (PUNCT_STOP.test(gapAfter(ctx, k))) break;
    if (t.text === '') continue;
    if (nounish(t) && !has(t, 'Pronoun')) {
      // titles before a name ("campaign spokeswoman Rosa Diaz") belong to it
      if (sawProper && !proper(t) && !titleLike(t) && !has(t, 'Noun') && !NOUNY.has(t.normal)) break;
      // "In an interview Diaz said": a determined common noun before the name is a separate phrase
      if (sawProper && !proper(t) && proper(toks[k + 1]!) && has(t, 'Noun') && !has(t, 'Adjective') && !possessive(t) && !NOUNY.has(t.normal) && !has(t, 'Actor') && !ROLE.test(t.normal) && /^[a-z]/.test(t.text) && (has(toks[k - 1], 'Determiner') && k - 1 >= floor || ZERO_REL.test(t.normal))) break;
      a = k; if (proper(t)) sawProper = true;
      // "The State Department and the Department of Homeland Security": a determiner after "and" joins two phrases
      if (has(t, 'Determiner') && !has(toks[k - 1], 'Possessive')) { if (!NP_PREP.has(toks[k - 1]?.normal ?? '') && !coordinates(ctx, k, floor, coord)) break; }
      continue;
    }
    if (has(t, 'Possessive') && has(t, 'Pronoun')) { a = k; if (!coordinates(ctx, k, floor, coord)) break; continue; } // "his campaign", "the senator and his allies"
    // "the Resolution Foundation think tank"
    if (t.normal === 'think' && /^tanks?$/.test(toks[k + 1]!.normal)) { a = k; continue; }
    // "Downing Street", "No 10": a capitalised word compromise reads as a verb or a "no" inside a name
    if ((has(t, 'Verb') && /^\p{Lu}\p{Ll}/u.test(t.text) && proper(toks[k + 1]!) || t.text === 'No' && /^\d/.test(toks[k + 1]!.text)) && !PUNCT_STOP.test(gapAfter(ctx, k))) { a = k; continue; }
    // "a civil rights group": compromise tags a plural noun inside a compound as a verb
    if (has(t, 'Verb') && /^[a-z]+s$/.test(t.text) && k + 1 <= j && has(toks[k + 1], 'Noun') && !has(toks[k + 1], 'Pronoun') && k > floor && nounish(toks[k - 1]) && !PUNCT_STOP.test(gapAfter(ctx, k - 1))) { a = k; continue; }
    // "the Brooklyn-based campaign team"
    if (has(t, 'Hyphenated') && k > floor && nounish(toks[k - 1]) && !PUNCT_STOP.test(gapAfter(ctx, k - 1))) { a = k; continue; }
    // "The most recent poll", "the much larger audience"
    if (/^(most|more|much|less|least|very)$/.test(t.normal) && /^(the|a|an)$/.test(toks[k - 1]?.normal ?? '') && k - 1 >= floor) { a = k; continue; }
    // "A married couple", "The nearly 90-second ad": a participle or adverb right after an article stays in the phrase
    const art = articleBefore(ctx, k, floor);
    if (art >= 0) { a = art; break; }
    // "Mr. Hale and Ms. Ortiz", "Federal and state officials"
    if (t.normal === 'and' && !coord && k > floor && nounish(toks[k - 1]) && !has(toks[k - 1], 'Pronoun') && !PUNCT_STOP.test(gapAfter(ctx, k - 1))) { coord = true; continue; }
    // "the ambassador to Mali", "people familiar with the matter", "a group of senior lawmakers" — not "in 2015"
    // (a date opens a time adjunct, "for Monday", but not as a possessive: "for Monday's meeting")
    if (NP_PREP.has(t.normal) && !(has(toks[k + 1], 'Date') && !has(toks[k + 1], 'Possessive')) && !/^(1[89]|20)\d\d$/.test(toks[k + 1]?.text ?? '') && k > floor && nounish(toks[k - 1]) && (t.normal === 'of' || (proper(toks[k - 1]!) && /^(on|for)$/.test(t.normal)) || ROLE.test(toks[k - 1]!.normal) || has(toks[k - 1], 'Actor') || ANON_HEAD.test(toks[k - 1]!.normal) || /^(familiar|close)$/.test(toks[k - 1]!.normal))) {
      sawProper = false; // the phrase before the preposition has its own head
      continue;
    }
    break;
  }
  a = quantityLeft(ctx, a, floor);
  // never start on a preposition
  while (a <= j && NP_PREP.has(toks[a]!.normal) && !nounish(toks[a])) a++;
  if (a > j) return null;
  // "At least four senators", "at most half"
  if (a - 2 >= floor && toks[a - 2]!.normal === 'at' && /^(least|most)$/.test(toks[a - 1]!.normal) && !PUNCT_STOP.test(gapAfter(ctx, a - 1))) a -= 2;
  // "many of her aides", "most of the delegates"
  if (a - 2 >= floor && toks[a - 1]!.normal === 'of' && QUANT.test(toks[a - 2]!.normal) && !PUNCT_STOP.test(gapAfter(ctx, a - 2))) a -= 2;
  // "The government in Beijing said", "The poll by the institute found": a subject's head before a preposition
  const p = toks[a - 1];
  if (p && a - 2 >= floor && SUBJECT_PREP.test(p.normal) && !has(toks[a], 'Date') && !has(toks[j], 'Date') && !/^(time|moment|point|end|start|outset|beginning|day|week|month|year)$/.test(toks[j]!.normal) && !/^(1[89]|20)\d\d$/.test(toks[a]!.text) && !PUNCT_STOP.test(gapAfter(ctx, a - 2)) && !PUNCT_STOP.test(gapAfter(ctx, a - 1))) {
    const head = npLeft(ctx, a - 2, floor);
    if (head && (has(toks[head[1]], 'Noun') || has(toks[head[1]], 'Value') && p.normal === 'in') && !has(toks[head[1]], 'Pronoun') && !has(toks[head[1]], 'Date') && opensClause(ctx, head[0], floor)) return [head[0], j];
  }
  return [a, j];
}

const OCCASION = /^(statement|statements|interview|interviews|tweet|tweets|post|speech|email|e-mail|letter|release|op-ed|appearance|filing|memo|video|debate|rally|briefing|call|conference|column|blog|remarks|message|broadcast|podcast|show)$/;

/** A medium or time phrase starting at k: "a telephone interview", "his speech", "Friday", "2015". */
function occasionAfter(ctx: Ctx, k: number, end: number): boolean {
  for (let m = k; m < Math.min(end, k + 4); m++) {
    const t = ctx.toks[m]!;
    if (OCCASION.test(t.normal) || has(t, 'Date')) return true;
    if (PUNCT_STOP.test(gapAfter(ctx, m))) return false;
  }
  return false;
}

const joined = (ctx: Ctx, k: number, floor: number) => k >= floor && !PUNCT_STOP.test(gapAfter(ctx, k));
const SUBJ_PRON = /^(he|she|they|we|i)$/;

/** Words before a noun phrase's first word that gold keeps with it: "4 in 10", "more than half", "Only about",
 *  "those voters", "Both the House and Senate", "he and his aides" (not "Even" or "Just": gold leaves those out).
 *  The new first index. */
function quantityLeft(ctx: Ctx, a: number, floor: number): number {
  const { toks } = ctx;
  const n = (k: number) => toks[k]?.normal ?? '';
  const quantity = (k: number) => has(toks[k], 'Value') || has(toks[k], 'Determiner') || /^(everyone|everybody|all|half|one|many|most)$/.test(n(k));
  if (has(toks[a], 'Value') && n(a - 1) === 'in' && has(toks[a - 2], 'Value') && joined(ctx, a - 2, floor) && joined(ctx, a - 1, floor)) a -= 2;
  else if (has(toks[a], 'Value') && n(a - 1) === 'of' && n(a - 2) === 'out' && has(toks[a - 3], 'Value') && joined(ctx, a - 3, floor)) a -= 3;
  for (let step = 0; step < 3; step++) {
    // not "more than the agency's": a comparison, not a count
    if (n(a - 1) === 'than' && /^(more|less|fewer)$/.test(n(a - 2)) && (has(toks[a], 'Value') || /^(half|a|one)$/.test(n(a))) && joined(ctx, a - 2, floor) && joined(ctx, a - 1, floor)) a -= 2;
    else if (/^(nearly|almost|roughly|about|not|only|some|more|fewer)$/.test(n(a - 1)) && quantity(a) && joined(ctx, a - 1, floor)) a--;
    else break;
  }
  // ("this week", "this fall" are times, not speakers)
  if (/^(this|these|those)$/.test(n(a - 1)) && !has(toks[a], 'Determiner') && !has(toks[a], 'Pronoun') && !has(toks[a], 'Date') && !/^(week|weekend|month|year|fall|spring|summer|winter|time|morning|afternoon|evening|night|season|cycle|term|article|story)$/.test(n(a)) && joined(ctx, a - 1, floor)) a--;
  else if (/^(both|all|neither)$/.test(n(a - 1)) && (has(toks[a], 'Determiner') || proper(toks[a]!)) && joined(ctx, a - 1, floor)) a--;
  if (n(a - 1) === 'and' && SUBJ_PRON.test(n(a - 2)) && joined(ctx, a - 2, floor) && joined(ctx, a - 1, floor) && opensClause(ctx, a - 2, floor)) a -= 2;
  return a;
}

const DEMONSTRATIVE = /^(these|those|this)$/;
const POLLED = /^(surveyed|polled|interviewed|questioned|sampled)$/;
const QUANT = /^(many|most|some|all|none|each|both|several|few|half|one|two|three|four|five|any|neither|either|more|much)$/;
const SUBJECT_PREP = /^(in|of|to|by|from|for|at|on|with)$/;

/** A phrase starting at k stands at the start of its clause: the unit's first word, or after a comma or a conjunction. */
function opensClause(ctx: Ctx, k: number, floor: number): boolean {
  let f = floor; while (f < k && ctx.toks[f]!.text === '') f++;
  if (k === f) return true;
  return /[,;:—–]/.test(gapAfter(ctx, k - 1)) || /^(and|but|while|when|as|because|although|though|after|before|since)$/.test(ctx.toks[k - 1]!.normal);
}

const possessive = (t: Token) => has(t, 'Possessive') || /['’]s$/i.test(t.text);

/** Whether the phrase goes on past "and" before token k ("X and the Y"): the word before is "and" after a noun. */
function coordinates(ctx: Ctx, k: number, floor: number, coord: boolean): boolean {
  const { toks } = ctx;
  return !coord && k - 2 >= floor && toks[k - 1]!.normal === 'and' && nounish(toks[k - 2]) && !has(toks[k - 2], 'Pronoun') && !PUNCT_STOP.test(gapAfter(ctx, k - 2)) && !PUNCT_STOP.test(gapAfter(ctx, k - 1));
}

const MODIFIER = (t: Token) => /^[a-z][a-z-]+$/.test(t.text) && (has(t, 'Participle') || /ed$/.test(t.normal) || /ly$/.test(t.normal) && has(t, 'Adverb'));

/** "A married couple", "The nearly forgotten report": one or two participles or -ly adverbs ending at k, right after
 *  an article, belong to the phrase. The article's index, or -1. */
function articleBefore(ctx: Ctx, k: number, floor: number): number {
  for (let m = k; m >= floor && k - m < 2 && MODIFIER(ctx.toks[m]!); m--) {
    if (PUNCT_STOP.test(gapAfter(ctx, m - 1)) || m - 1 < floor) return -1;
    if (/^(a|an|the)$/.test(ctx.toks[m - 1]!.normal)) return m - 1;
  }
  return -1;
}

/** Appositive before: "Okafor, director of X, said" — NP ending at j with a comma-delimited NP before it. */
export function withAppositiveLeft(ctx: Ctx, np: [number, number], floor: number): [number, number] {
  const [a, j] = np;
  if (a - 1 < floor) return np;
  // set off by commas or by a pair of dashes: "Jason Sims — a teacher from Leeds — says"
  const comma = /,/.test(ctx.toks[j]!.post) && /,/.test(gapAfter(ctx, a - 1));
  if (!comma && !(DASHED.test(ctx.toks[j]!.post) && DASHED.test(gapAfter(ctx, a - 1)))) return np;
  const head = npLeft(ctx, a - 1, floor);
  // "Vann R. Newkirk II": compromise may not know a name's last word, but its capital tells (not at the unit's start)
  if (!head || !(proper(ctx.toks[head[1]]!) || head[1] > floor && /^\p{Lu}/u.test(ctx.toks[head[1]]!.text))) return np;
  // "a challenge in Iowa, a swing state": the name is a preposition's object, not the subject
  if (head[0] - 1 >= floor && has(ctx.toks[head[0] - 1], 'Preposition') && !/^(when|while|as|after|before|if|because|since|although|though|once|until|unless)$/.test(ctx.toks[head[0] - 1]!.normal) && !PUNCT_STOP.test(gapAfter(ctx, head[0] - 1))) return np;
  return [head[0], j];
}

/** Noun phrase starting at token i ("said Paul Amsel, chairman of ..."), with an appositive running to the unit end.
 *  wide: a source, which may take "by" and "and" phrases and a relative clause (not an object before a content). */
export function npRight(ctx: Ctx, i: number, end: number, appositive: boolean, wide = false): [number, number] | null {
  const { toks } = ctx;
  while (i < end && toks[i]!.text === '') i++;
  if (i >= end || !nounish(toks[i])) return null;
  let b = i, andSeen = false;
  for (let k = i + 1; k < end; k++) {
    if (PUNCT_STOP.test(gapAfter(ctx, k - 1))) break;
    const t = toks[k]!;
    if (t.text === '') continue;
    // "the self-described socialist": compromise splits a hyphenated word, and its second half may read as a verb
    if (gapAfter(ctx, k - 1) === '-') { b = k; continue; }
    if (nounish(t) && !has(t, 'Pronoun') && !(has(t, 'Determiner') && !NP_PREP.has(toks[k - 1]!.normal) && !(wide && toks[k - 1]!.normal === 'by'))) { b = k; continue; }
    // "said Mayor Guardian in a telephone interview": a medium or time adjunct ends the phrase
    if (/^(in|on|at)$/.test(t.normal) && occasionAfter(ctx, k + 1, end)) break;
    // "the ambassador to Mali", "early results of exit polls" (compromise may take "exit" for a verb)
    const n1 = toks[k + 1];
    if (NP_PREP.has(t.normal) && k + 1 < end && (nounish(n1) || DEMONSTRATIVE.test(n1?.normal ?? '') && nounish(toks[k + 2]) && k + 2 < end)) { continue; }
    // "one of these candidates": a demonstrative after the preposition opens its noun phrase
    if (DEMONSTRATIVE.test(t.normal) && NP_PREP.has(toks[k - 1]!.normal) && nounish(n1) && k + 1 < end) { continue; }
    // "a count by The Associated Press"
    if (wide && t.normal === 'by' && k + 1 < end && nounish(n1) && !has(n1, 'Date') && !has(n1, 'Pronoun')) { continue; }
    if (wide && (NP_PREP.has(t.normal) || t.normal === 'by') && k + 1 < end && n1 && /^[a-z]+$/.test(n1.text) && (nounish(n1) || has(toks[k + 2], 'Noun') && !has(n1, 'Pronoun'))) { continue; }
    // "their friends and advisers", "the book and the movie"
    if (wide && t.normal === 'and' && !andSeen && k + 1 < end && nounish(n1) && !has(n1, 'Pronoun')) { andSeen = true; continue; }
    break;
  }
  // "a poll released Thursday by the network", "the man who built his career on ...": a reduced or restrictive
  // relative clause is part of the phrase
  if (wide && b + 1 < end && !PUNCT_STOP.test(gapAfter(ctx, b)) && (RELEASED.test(toks[b + 1]!.normal) || toks[b + 1]!.normal === 'who')) {
    let e = b + 1;
    while (e + 1 < end && !PUNCT_STOP.test(gapAfter(ctx, e)) && ctx.tq[e + 1]! < 0) e++;
    b = e;
  }
  // "said Rep. Ann Lee (D-Ore.), head of ...": keep the parenthesis, then look for the appositive
  if (/\(/.test(gapAfter(ctx, b)) && !/\)/.test(gapAfter(ctx, b))) {
    let c = b + 1; while (c < end && c - b < 6 && !/\)/.test(toks[c]!.post)) c++;
    if (c < end && /\)/.test(toks[c]!.post)) b = c;
  }
  if (appositive && b + 1 < end && /,/.test(gapAfter(ctx, b))) {
    const n = toks[b + 1]!;
    if (nounish(n) && !REL.has(n.normal) || /^(who|whose)$/.test(n.normal)) {
      let e = b + 1;
      let title = false; // "the author of “Destiny and Power,” a biography": a quoted title inside the appositive
      for (let k = b + 1; k < end; k++) {
        const t = toks[k]!;
        if (k > b + 1 && /,/.test(gapAfter(ctx, k - 1)) && (has(t, 'Gerund') || has(t, 'Conjunction') || has(t, 'Adverb') || has(t, 'Preposition'))) break;
        if (/[“”"]|''/.test(gapAfter(ctx, k - 1)) && k > b + 1) {
          if (title) title = false;
          else if (/^(of|by|in|on|for)$/.test(toks[k - 1]!.normal) && /^\p{Lu}/u.test(t.text)) title = true;
          else break;
        }
        if (t.text !== '') e = k;
      }
      b = e;
    }
  }
  return [i, b];
}

/** Nouns a name after them rarely belongs to: "a Bloomberg interview Trump gave", "the story Kennedy told". */
const ZERO_REL = /^(interview|interviews|speech|story|statement|remarks|book|op-ed|letter|footage|video|reasons?|way|thing|things|everything|something|anything|nothing|time|times|day|week|year|moment)$/;
const ROLE = /^(spokesman|spokeswoman|ambassador|minister|secretary|director|chairman|chairwoman|chair|president|head|leader|member|chief|governor|mayor|candidate|nominee|professor|editor|adviser|advisor|envoy|representative|counsel|attorney|lawyer|spokesperson|correspondent|analyst|expert|official|officials|manager|ceo|founder|researcher|fellow|senator|delegate|commissioner|general|judge|economist|strategist|pollster|activist|consultant|historian|scientist|organizer|organiser|volunteer|author|writer|columnist|reporter|journalist|host|lobbyist|donor|operative|veteran|scholar|negotiator|prosecutor|sheriff|chancellor|commander|coordinator|executive|partner|colleague|friend|neighbor|neighbour|owner|resident|student|teacher|worker|farmer|doctor|nurse|physician|pastor|priest|rabbi|imam|mp|mep|msp|peer|councillor|councilor|lawmaker|legislator|congressman|congresswoman|barrister|solicitor|ombudsman)s?$/;
const ANON_HEAD = /^(officials?|sources?|people|persons?|person|aides?|advisers?|advisors?|residents?|diplomats?|analysts?|experts?|observers?|insiders?|staffers?|someone|critics?|witness(es)?|supporters?|members?|lawmakers?|voters?|strategists?|operatives?|employees?|spokes(wo)?man|spokes(wo)?men|spokesperson|officers?|investigators?|authorities|leaders?|democrats|republicans|allies|donors|organizers|observers|others|many|some|several|one|two|three|a few|most|aide)$/;

/** A head noun that names a speaker's role or group ("spokesman", "officials"): such a phrase can carry an appositive. */
export function roleHead(t: Token | undefined): boolean {
  return !!t && (ROLE.test(t.normal) || ANON_HEAD.test(t.normal) || has(t, 'Actor'));
}

/** An unnamed source: a common-noun phrase with no proper name ("two people familiar with the matter"). */
export function isAnonymous(toks: Token[], a: number, b: number): boolean {
  let head = false;
  for (let k = a; k <= b; k++) {
    const t = toks[k]!;
    // a name makes the source named; a proper modifier ("Ukrainian officials", "White House aides") does not
    const modifier = k < b && !head && !has(t, 'Person');
    if (has(t, 'Person') && !modifier || (has(t, 'ProperNoun') && !modifier && !has(t, 'Adjective') && !/^(democrats|republicans)$/.test(t.normal) && !has(t, 'Possessive'))) return false;
    if (has(t, 'Pronoun') && !has(t, 'Possessive')) return false;
    if (ANON_HEAD.test(t.normal)) head = true;
  }
  return head;
}

/** "Speaking in Salem, Trump went after Bush": after a leading adjunct, the noun phrase that a verb follows. */
export function mainSubject(ctx: Ctx, from: number, to: number): [number, number] | null {
  for (let k = from; k < to - 1; k++) {
    if (!/,/.test(gapAfter(ctx, k))) continue;
    const np = npRight(ctx, k + 1, to, false);
    if (np && has(ctx.toks[np[1] + 1], 'Verb') && !has(ctx.toks[np[1] + 1], 'Gerund')) return np;
  }
  return null;
}

const RELATIVE_SKIP = /^(has|have|had|also|not|did|does|do|once|later|earlier|previously|repeatedly|publicly|privately|recently|never|would|will|could|on|in|the|past|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)$/;
const RELATIVE_ACT = /^(sp[eo]ke|speaks|speaking|spoken|requested|requests|declined|declines|responded|responds|commented|comments|refused|refuses)$/;

/** "Ana Ruiz, who said she would run, ..." / "said Ruiz, who spoke on condition of anonymity": a relative clause that
 *  itself reports speech or belief is a claim of its own, and gold leaves it out of the source (a relative clause that
 *  only describes the speaker stays). The source without it, or the source as it was. */
export function withoutReportingRelative(ctx: Ctx, src: [number, number]): [number, number] {
  const { toks } = ctx;
  for (let k = src[0] + 1; k <= src[1]; k++) {
    if (!/^(who|whose)$/.test(toks[k]!.normal) || !/,/.test(gapAfter(ctx, k - 1))) continue;
    let v = k + 1;
    while (v <= src[1] && (RELATIVE_SKIP.test(toks[v]!.normal) || toks[v]!.text === '')) v++;
    const t = toks[v];
    if (!t || v > src[1]) return src;
    const cls = cueInfo(t.normal)?.cls;
    if (!(cls === 'speech' || cls === 'mind' || RELATIVE_ACT.test(t.normal))) return src;
    let e = k - 1; while (e > src[0] && toks[e]!.text === '') e--;
    return [src[0], e];
  }
  return src;
}

/** "Officials in Ohio, for example, say": a discourse aside at the end of a subject is no part of it (inside a
 *  parenthesis it belongs to the parenthesis, which stays). */
export function withoutAside(ctx: Ctx, src: [number, number]): [number, number] {
  const { toks } = ctx;
  const [a, b] = src;
  if (b - 2 < a || !/^(for|in)$/.test(toks[b - 1]!.normal) || !/^(example|instance|particular)$/.test(toks[b]!.normal) || /\)/.test(toks[b]!.post)) return src;
  let e = b - 2; while (e > a && toks[e]!.text === '') e--;
  return [a, e];
}

/** "WASHINGTON -- President Obama said", "KHARTOUM, Sudan — The army said", "NEW DELHI: The minister said": the
 *  dateline before a story's first subject is no part of it. */
export function withoutDateline(ctx: Ctx, src: [number, number]): [number, number] {
  const { toks } = ctx, dl = ctx.seg.dateline;
  if (!dl || toks[src[0]]!.start < dl.start || toks[src[0]]!.start >= dl.end) return src;
  let k = src[0];
  while (k < src[1] && toks[k]!.start < dl.end) k++;
  return toks[k]!.start >= dl.end ? [k, src[1]] : src;
}
