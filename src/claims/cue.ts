// The cue's extent: auxiliaries before it ("has also said"), verb chains, particles and a medium after it.
import { has, gapAfter, type Ctx } from './context.js';
import { BE, CUE_PREFIX, PARTICLES, MEDIUM, cueInfo, type CueInfo } from './lexicon.js';
import { nounLike } from './source.js';
import type { Token } from '../types.js';

const CATENATIVE = /^(appears?|appeared|appearing|seems?|seemed|seeming|tr(y|ies|ied|ying)|began|begins?|beginning|begun|start(s|ed|ing)?|continu(e|es|ed|ing)|attempt(s|ed|ing)?|tend(s|ed)?|avoid(s|ed|ing)?|set|sets|keeps?|kept|go(es)?|went)$/;
const NEGATED_AUX = /^(do|does|did|has|have|had|is|are|was|were|would|could|should|must|might|ca|wo|can|won|need)n['’]?t$/;
export const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const ATTITUDE = /^(concern|concerns|support|doubt|doubts|frustration|confidence|skepticism|scepticism|opposition|alarm|outrage|dismay|disappointment|regret|optimism|hope|fears?|reservations|interest|sympathy|anger|surprise|gratitude|displeasure)$/;
const HEAD_PREP = /^(about|of|on|for|to|with|as|against|into|at)$/;

/** Punctuation between token k and the next: a clause or sentence ends there, or a quotation opens, so a cue
 *  that reaches past k would take words from another phrase ("he said. In a statement, ..."). */
function apart(ctx: Ctx, k: number): boolean {
  return /[,.;:!?“”"]|''/.test(gapAfter(ctx, k));
}

/** A word between the subject and the verb that belongs to the cue: an auxiliary or adverb of the lexicon, an
 *  -ly adverb ("has also said", "frequently mocked"), or a negated auxiliary ("hasn't said", "didn’t say"), which
 *  compromise follows with an empty negative token. */
export function cuePrefix(p: Token): boolean {
  return CUE_PREFIX.has(p.normal) || has(p, 'Adverb') && /ly$/.test(p.normal) || p.text === '' && has(p, 'Negative') || NEGATED_AUX.test(p.normal);
}

/**
 * Whether toks[i] is a reporting verb coordinated with the clause before it by the and/but at `conj`: "... and
 * said", "... but did not say", "... and has also said" (up to three words a cue takes before its verb, no comma
 * among them). Not a passive or raising verb ("and was told", "and is expected to"): the subject they share is
 * not the speaker. compromise may read "and said funding" as an adjective "said".
 */
export function coordinatedCue(ctx: Ctx, conj: number, i: number): boolean {
  const { toks } = ctx;
  if (!/^(and|but)$/.test(toks[conj]?.normal ?? '') || i - conj - 1 > 3) return false;
  for (let k = conj + 1; k < i; k++) {
    const p = toks[k]!;
    if (!(has(p, 'Adverb') || cuePrefix(p)) || BE.test(p.normal) || /,/.test(gapAfter(ctx, k - 1))) return false;
  }
  const t = toks[i];
  return t !== undefined && (has(t, 'Verb') || t.normal === 'said') && !has(t, 'Gerund') && (cueInfo(t.normal)?.cls ?? 'other') !== 'other'
    && !(nounLike(t) && has(toks[i + 1], 'Noun'));
}

export function cueSpan(ctx: Ctx, i: number, info: CueInfo): [number, number] {
  const { toks } = ctx;
  let a = i, b = i;
  for (let n = 0; n < 3; n++) {
    const p = toks[a - 1];
    if (!p || a - 1 < ctx.us[i]! || !cuePrefix(p) || /[,;:“”"]/.test(gapAfter(ctx, a - 1))) break;
    // "Theresa May said": a capitalised name that spells a modal ends the subject, not the cue
    if (/^[A-Z]/.test(p.text) && a - 1 > ctx.us[i]! && (has(p, 'Person') || has(p, 'ProperNoun'))) break;
    a--;
  }
  // "appeared to suggest", "avoids condemning", "set about persuading": the cue is the whole verb chain
  while (CATENATIVE.test(toks[b]!.normal) && !apart(ctx, b)) {
    const n1 = toks[b + 1], n2 = toks[b + 2];
    // "appears to be", "seems to have": gold leaves a bare auxiliary to the content
    if (n1?.normal === 'to' && n2 && has(n2, 'Verb') && !/^(be|have)$/.test(n2.normal) && !/[,]/.test(gapAfter(ctx, b + 1))) b += 2;
    else if (n1 && has(n1, 'Gerund')) b += 1;
    else if (n1 && /^(about|off|on)$/.test(n1.normal) && n2 && (has(n2, 'Gerund') || (n2.normal === 'by' && has(toks[b + 3], 'Gerund')))) b += n2.normal === 'by' ? 3 : 2;
    else break;
  }
  // an -ly adverb right after the verb goes with it before what it governs ("complained bitterly about"), and
  // with a speech verb when it closes the clause ("she said bluntly, “…”", "he said quietly.")
  const ly = toks[b + 1];
  if (ly && /ly$/.test(ly.normal) && has(ly, 'Adverb') && /^\s*$/.test(gapAfter(ctx, b))
    && (toks[b + 2] && (has(toks[b + 2], 'Preposition') || toks[b + 2]!.normal === 'that') || info.cls === 'speech' && (b + 2 >= ctx.ue[i]! || /^[,.;!?]/.test(ly.post)))) b++;
  // "laid out"
  if (toks[b + 1] && /^(out|up|off|down|back|forward)$/.test(toks[b + 1]!.normal) && !apart(ctx, b)) b++;
  const parts = PARTICLES[info.lemma];
  const nx = toks[b + 1];
  // "agreed to pay", "wants to triple": an infinitive is the content, and gold leaves its "to" there
  // "insisted on Tuesday that": a preposition before a date opens a time adjunct, not the verb's object
  const notObject = nx?.normal === 'to' && (infinitiveAt(ctx, b + 2) || WANTS_VERB.test(toks[b]!.normal) && bareWord(ctx, b + 2)) || has(toks[b + 2], 'Date') && !/['’]s$/.test(toks[b + 2]!.text) && /^(on|in|at|by|since|until|during)$/.test(nx?.normal ?? '');
  if (parts && nx && parts.includes(nx.normal) && !apart(ctx, b) && !notObject) b++;
  // "spoke about X", "focused on X", "agrees on X": the preposition heads the content's phrase, and gold keeps it with the cue
  else if (nx && info.cls !== 'speech' && HEAD_PREP.test(nx.normal) && !apart(ctx, b) && !notObject) b++;
  // "said in a statement": the medium is part of the cue
  const medium = toks[b + 1]?.normal === 'in' && /^(a|an|his|her|their|its)$/.test(toks[b + 2]?.normal ?? '') && !apart(ctx, b)
    // one word may name its kind: "in a news release", "in a joint statement", "in a Facebook post"
    ? MEDIUM.has(toks[b + 3]?.normal ?? '') ? 3 : MEDIUM.has(toks[b + 4]?.normal ?? '') && /^[\p{L}-]+$/u.test(toks[b + 3]!.text) && !/\S/.test(gapAfter(ctx, b + 3)) && !has(toks[b + 3], 'Verb') ? 4 : 0
    : 0;
  if (medium) b += medium;
  // "said with a laugh": the manner goes with the verb too
  else if (info.cls === 'speech' && toks[b + 1]?.normal === 'with' && toks[b + 2]?.normal === 'a' && /^(laugh|smile|chuckle|shrug|grin|sigh)$/.test(toks[b + 3]?.normal ?? '') && !apart(ctx, b)) b += 3;
  // "said Tuesday that": gold keeps a bare weekday with the cue (but not "on Tuesday" or "last week")
  else if (WEEKDAY.test(toks[b + 1]?.normal ?? '') && !apart(ctx, b) && info.cls === 'speech') {
    b++;
    // "said Thursday night": the part of the day goes with its day
    // (in lower case: "said Tuesday Night Football was cancelled" names a programme)
    if (/^(morning|afternoon|evening|night)$/.test(toks[b + 1]?.text ?? '') && !apart(ctx, b)) b++;
  }
  // "made it clear that", "made clear that": the whole idiom is the cue
  if (/^(make|makes|made|making)$/.test(toks[b]!.normal) && toks[b + 1]?.normal === 'it' && /^(clear|known|plain)$/.test(toks[b + 2]?.normal ?? '')) b += 2;
  else if (/^(make|makes|made|making)$/.test(toks[b]!.normal) && /^(clear|known|plain)$/.test(toks[b + 1]?.normal ?? '') && toks[b + 2]?.normal === 'that') b += 1;
  // "expressed concern that", "voiced support for": the noun names the attitude, so gold keeps it with the verb
  // and so does the preposition that heads what it is about ("voiced support for")
  if (/^(express|expresses|expressed|expressing|voice|voices|voiced|voicing)$/.test(toks[b]!.normal) && ATTITUDE.test(toks[b + 1]?.normal ?? '') && /^(that|about|over|for|at)$/.test(toks[b + 2]?.normal ?? '') && !apart(ctx, b)) b += toks[b + 2]!.normal === 'that' ? 1 : 2;
  // "was quoted as saying", "was quoted by the agency as saying" (the agency is the claim's via: frames.ts)
  if (info.lemma === 'quote' && toks[b + 1]?.normal === 'as' && /^say/.test(toks[b + 2]?.normal ?? '')) b += 2;
  else if (info.lemma === 'quote' && toks[b + 1]?.normal === 'by') {
    for (let m = b + 2; m < Math.min(ctx.ue[i]!, b + 12) && !/[,;:“”"]|''/.test(gapAfter(ctx, m - 1)); m++) {
      if (toks[m]!.normal === 'as' && /^say/.test(toks[m + 1]?.normal ?? '')) { b = m + 1; break; }
    }
  }
  return [a, b];
}

/** Verbs and adjectives of intention whose "to" opens an infinitive, not a noun phrase ("sought to counter",
 *  "wants to cement", "is eager to tap"), whatever compromise makes of the verb after it. */
const WANTS_VERB = /^(wants?|wanted|wanting|seeks?|sought|seeking|aims?|aimed|aiming|hopes?|hoped|hoping|vows?|vowed|vowing|pledges?|pledged|pledging|threatens?|threatened|threatening|refuses?|refused|refusing|declines?|declined|declining|decides?|decided|deciding|intends?|intended|intending|tr(y|ies|ied|ying)|attempts?|attempted|attempting|wish(es|ed|ing)?|eager|expected|plans?|planned|planning|promises?|promised|promising)$/;

/** A lowercase word that opens no noun phrase: not a determiner, possessive, pronoun or number. */
function bareWord(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return !!t && !/[,:“"]|''/.test(t.pre) && /^[a-z][a-z-]*$/.test(t.text) && !has(t, 'Determiner') && !has(t, 'Possessive') && !has(t, 'Pronoun') && !has(t, 'Value');
}

/** A bare verb after "to": tagged a verb, or a word that cannot start a noun phrase ("to triple the size"). */
function infinitiveAt(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || /[,:“"]|''/.test(t.pre)) return false;
  if (has(t, 'Infinitive')) return true;
  // "respond to questions about": compromise tags a plural noun after "to" as a present-tense verb
  if (has(t, 'Verb')) return !(has(t, 'PresentTense') && /s$/.test(t.normal));
  return /^[a-z]+$/.test(t.text) && !has(t, 'Determiner') && !has(t, 'Possessive') && !has(t, 'Pronoun') && !has(t, 'Value') && !has(t, 'Adjective') && has(ctx.toks[k + 1], 'Determiner');
}
