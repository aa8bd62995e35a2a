// Claim frames around one cue: which side the source and the content are on. Returns drafts in token
// and character terms; index.ts turns them into FoundClaims. Rarer constructions live in special.ts.
import { has, gapAfter, firstReal, type Ctx } from './context.js';
import { BE, cueInfo, CUE_NOUNS, STANCE, COPULA } from './lexicon.js';
import { npLeft, npRight, withAppositiveLeft, nounish, nounLike, withoutReportingRelative, withoutAside, withoutDateline } from './source.js';
import { anonymityNote, takesAddressee, contentAfter, contentBefore, continuation, quoteFrom, quotedTitle, saidAfter } from './content.js';
import { coordinatedCue, cueSpan } from './cue.js';
import { SUBORD, TIME, fullSubject, longAppositive, verbName } from './subject.js';
import { ASIDE, appositiveSubject, nameBefore, withModifierLeft } from './appositive.js';
import { according, inSource } from './according.js';
import { namedColon, speakerLine, passiveBy, reportedly, nounCue, citing, sharedSubject, signature, askedClause, leadingGerund, saidFirst } from './special.js';
import type { Draft } from './draft.js';
import type { Token } from '../types.js';

export type { Draft, Frame } from './draft.js';

const BE_HAVE = /^(be|is|was|are|were|been|being|am|has|have|had|having|do|does|did|get|gets|got|go|goes|went|going|gone)$/;
const IN_ADVERBIAL = /^(past|particular|general|weeks|months|days|years|meantime|fact|turn|response|public|private|person|part)$/;
const REFLEXIVE = /^(himself|herself|themselves|itself|myself|ourselves|however|though|meanwhile|instead|nonetheless|nevertheless|therefore|too)$/;
const DET_SUBJECT = /^(who|which|that|another|both|each|neither|either|some|many|most|all|few|several|others)$/;
const QUOTE_OR_COMMA = /[,”"]|''/;
const TAIL_CUE = /^(adding|saying|noting|arguing|explaining|insisting|warning|suggesting|claiming|stressing|telling|according|citing)$/;

// Participles that open a reduced relative inside a subject; unlike source.ts's RELEASED, not "reported",
// which is a cue of its own ("The station reported Monday that ...").
const RELEASED_FORM = /^(released|conducted|published|issued|commissioned|obtained|taken|completed|compiled|prepared|broadcast|aired|filed|posted|shared|circulated|uploaded|signed|sent|written|seen|leaked|submitted|presented|distributed|read)$/;

const ADJUNCT = (t: Token | undefined) => !!t && (has(t, 'Date') || TIME.test(t.normal));
/** What may follow the participle of a reduced relative: its agent ("by") or where or to whom it went. */
const AFTER_PARTICIPLE = /^(by|on|in|to|via)$/;

/** A participle at i with only time words, a "by" agent or where it appeared after it, then a finite reporting
 *  verb: "released Friday by the network found", "sent to the council says" (not "released a report that showed"). */
function reducedRelative(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  if (!ADJUNCT(toks[i + 1]) && !AFTER_PARTICIPLE.test(toks[i + 1]?.normal ?? '')) return false;
  for (let k = i + 1; k < Math.min(ctx.ue[i]!, i + 8); k++) {
    if (/[,;:“”"()]|''/.test(gapAfter(ctx, k - 1))) return false;
    const t = toks[k]!;
    if (has(t, 'Verb') && !has(t, 'Participle') && !has(t, 'Gerund') && (has(t, 'PastTense') || has(t, 'PresentTense')) && cueInfo(t.normal)) return true;
  }
  return false;
}

/** The subject "The poll released Friday (by the network)", "A statement posted on the website": left of the verb
 *  stands a time phrase, the agent or where it appeared; the head noun before the participle opens the phrase. */
function reducedSubject(ctx: Ctx, left: [number, number], floor: number): [number, number] {
  const { toks } = ctx;
  let k = left[0] - 1;
  if (!(ADJUNCT(toks[left[1]]) && allTime(ctx, left))) {
    if (!AFTER_PARTICIPLE.test(toks[k]?.normal ?? '')) return left;
    k--;
  }
  while (k > floor && ADJUNCT(toks[k]) && !/[,;:“”"()]|''/.test(gapAfter(ctx, k))) k--;
  if (k <= floor || !RELEASED_FORM.test(toks[k]!.normal) || /[,;:“”"()]|''/.test(gapAfter(ctx, k)) || /[,;:“”"()]|''/.test(gapAfter(ctx, k - 1))) return left;
  const head = npLeft(ctx, k - 1, floor);
  return head && !has(toks[head[1]], 'Pronoun') ? [head[0], left[1]] : left;
}

export function framesAt(ctx: Ctx, i: number): Draft[] {
  return framesAt0(ctx, i).map((d) => raising(ctx, splitContraction(ctx, d.source && !d.srcChars ? { ...d, source: withoutDateline(ctx, withoutAside(ctx, withoutReportingRelative(ctx, d.source))) } : d)));
}

const RAISE_ACTIVE = /^(appear|appears|appeared|appearing|seem|seems|seemed|seeming)$/;
const EMERGE = /^(emerged|emerges|appears|appeared|seems|seemed|transpired|transpires)$/;
/** The first token after k that holds text. */
const wordAfter = (ctx: Ctx, k: number) => firstReal(ctx, k + 1);
const RAISE_PASSIVE = /^(expected|known|seen|believed|thought|considered|rumored|rumoured|said|reported|viewed|understood)$/;

/** "The team appeared paralyzed", "Trump is expected to win": the subject is what the claim is about, not who
 *  makes it. Gold gives such claims no source and a content of the subject and the predicate. */
function raising(ctx: Ctx, d: Draft): Draft {
  if (d.frame !== 'SC' || !d.source || d.srcChars) return d;
  const { toks } = ctx;
  // "It has emerged that …", "it seems that …": an expletive "it" says nothing, and no one is the source
  if (d.source[0] === d.source[1] && toks[d.source[0]]!.normal === 'it' && EMERGE.test(toks[d.cue[1]]!.normal) && toks[wordAfter(ctx, d.cue[1])]?.normal === 'that') return { ...d, frame: 'RAISE', source: null };
  let h = d.cue[0];
  while (h < d.cue[1] && !RAISE_ACTIVE.test(toks[h]!.normal) && !RAISE_PASSIVE.test(toks[h]!.normal)) h++;
  const t = toks[h]!;
  const passive = RAISE_PASSIVE.test(t.normal) && BE.test(toks[h - 1]?.normal ?? '');
  if (!(RAISE_ACTIVE.test(t.normal) || passive)) return d;
  const c0 = toks.find((x) => x.start >= d.content[0]!.start && x.text !== '');
  // "appeared to win", "seemed unperturbed", "is expected to" — not "appeared at a rally" or "is known for"
  if (!c0 || passive && c0.normal !== 'to' && toks[d.cue[1]]!.normal !== 'to') return d;
  // a cue that is the verb chain itself ("seemed to collapse | after the vote") is raising whatever follows it
  const chain = h < d.cue[1] && toks[h + 1]!.normal === 'to';
  if (!passive && !chain && (c0.normal === 'that' || has(c0, 'Preposition') && c0.normal !== 'to' || has(c0, 'Determiner'))) return d;
  const [a, b] = d.source;
  if (has(toks[a], 'Pronoun') && a === b && /^(it|there)$/.test(toks[a]!.normal)) return d;
  const subject = { start: toks[a]!.start, end: toks[b]!.end };
  // "The plan appeared to collapse", "Trump is expected to win": the raising verb alone is the cue; its
  // infinitive, "to" and all, opens the predicate that the content takes after the subject
  const last = d.content.at(-1);
  if (chain && d.content.length === 1 && last && last.start >= toks[d.cue[1]]!.end) {
    return { ...d, frame: 'RAISE', source: null, cue: [d.cue[0], h], content: [subject, { start: toks[h + 1]!.start, end: last.end }] };
  }
  return { ...d, frame: 'RAISE', source: null, content: [subject, ...d.content] };
}

/** "He’s claiming": compromise keeps "He’s" as one term; gold gives "He" to the source and "’s" to the cue. */
function splitContraction(ctx: Ctx, d: Draft): Draft {
  if (!d.source || d.cueChars) return d;
  let gap = d.source[1] + 1;
  while (gap < d.cue[0] && ctx.toks[gap]!.text === '') gap++;
  if (gap !== d.cue[0]) return d;
  const t = ctx.toks[d.source[1]]!;
  const m = /^(.+?)([’'](?:s|re|ve|ll|d|m))$/i.exec(t.text);
  if (!m || !has(t, 'Pronoun')) return d;
  const cut = t.start + m[1]!.length;
  return { ...d, srcChars: { start: ctx.toks[d.source[0]]!.start, end: cut }, cueChars: { start: cut, end: ctx.toks[d.cue[1]]!.end } };
}

function framesAt0(ctx: Ctx, i: number): Draft[] {
  const { toks } = ctx;
  const t = toks[i]!;
  // transcripts may open each turn with a quote mark: `"HOST: ...`
  const turnQuote = ctx.tq[i]! >= 0 && ctx.quotes[ctx.tq[i]!]!.start === t.start && ctx.quotes[ctx.tq[i]!]!.end - t.start > 40;
  if (i === ctx.us[i] && (ctx.tq[i]! < 0 || turnQuote)) { const sp = speakerLine(ctx, i); if (sp) return [sp]; }
  if (i > 0 && ctx.tq[i]! < 0 && ctx.tq[i - 1]! >= 0 && (/[”"]\s*[―—–]\s*$/.test(gapAfter(ctx, i - 1)) || /^[―—–]$/.test(toks[i]!.text) && /[”"]\s*$/.test(gapAfter(ctx, i - 1)))) {
    const sg = signature(ctx, /^[―—–]$/.test(toks[i]!.text) ? i + 1 : i);
    if (sg) return [sg];
  }
  // attributions inside a quotation are the speaker's words, not the article's: gold leaves them out
  if (t.text === '' || ctx.tq[i]! >= 0) return [];
  if (i > ctx.us[i]! && /^\s*:/.test(t.post)) { const n = namedColon(ctx, i); if (n) return [n]; }
  if (t.normal === 'according' && toks[i + 1]?.normal === 'to') return according(ctx, i);
  // "As per the police, ...": South Asian English for "according to", but not "as per the rules"
  if (t.normal === 'as' && toks[i + 1]?.normal === 'per') return according(ctx, i).filter((d) => d.source && speaks(toks[d.source[1]]!) && !toks.slice(d.source[0], d.source[1] + 1).some((x) => RULE.test(x.normal)));
  if (t.normal === 'in' && i - ctx.us[i]! <= 1) { const d = inSource(ctx, i); if (d.length) return d; }
  if (t.normal === 'reportedly' || t.normal === 'allegedly') return reportedly(ctx, i);
  if (t.normal === 'asked') { const a = askedClause(ctx, i); if (a.length) return a; }
  if (CUE_NOUNS.has(t.normal) && has(t, 'Noun') && toks[i + 1]?.normal === 'that') return nounCue(ctx, i);
  // ", citing X": X is the outer claim's source (via), and gold also reads it like ", saying X": the subject cites X
  if (t.normal === 'citing' && /,/.test(gapAfter(ctx, i - 1))) return [...citing(ctx, i), ...sharedSubject(ctx, i, 'GER')];
  // "... and said", "... and then said", "... but did not say", "... but didn't say"
  for (let conj = i - 1; conj > ctx.us[i]! && conj >= i - 4; conj--) {
    if (coordinatedCue(ctx, conj, i)) return sharedSubject(ctx, i, 'COORD');
  }
  // compromise sometimes tags ", calling him ..." as a noun: a lexicon -ing form after a comma is still a gerund
  if ((has(t, 'Gerund') || /ing$/.test(t.normal) && cueInfo(t.normal)) && i > ctx.us[i]! && /[,—]/.test(gapAfter(ctx, i - 1)) && !BE_HAVE.test(t.normal)) return sharedSubject(ctx, i, 'GER');
  if (/ing$/.test(t.normal) && i - ctx.us[i]! <= 1) { const g = leadingGerund(ctx, i); if (g.length) return g; }
  if (t.text === 'Said' && i === firstReal(ctx, ctx.us[i]!)) { const s = saidFirst(ctx, i); if (s) return [s]; }
  // Verbs outside the lexicon still make candidates ("mocked X", "wants to"): the learned scorer decides.
  // "are wary of", "was critical of", "is confident that", "remain eager to": a stance adjective after a copula
  const stance = STANCE.test(t.normal) && stanceCopula(ctx, i);
  // "the statement read", "a placard read: ...": what a text says
  const reads = /^(read|reads)$/.test(t.normal) && DOCUMENT.test(toks[i - 1]?.normal ?? '') && has(toks[i - 1], 'Noun');
  const info = cueInfo(t.normal) ?? (stance ? { lemma: t.normal, cls: 'mind' as const, addressee: false }
    : reads ? { lemma: 'read', cls: 'speech' as const, addressee: false }
    : has(t, 'Verb') && !has(t, 'Auxiliary') && !has(t, 'Copula') && !has(t, 'Modal') && !BE_HAVE.test(t.normal) && /^[a-z]/.test(t.normal)
      ? { lemma: t.normal, cls: 'other' as const, addressee: false } : undefined);
  if (!info) return [];
  const prev = toks[i - 1];
  // "a three-judge panel", "the self-styled expert": the second half of a hyphenated word is no verb
  if (prev && gapAfter(ctx, i - 1) === '-') return [];
  // "The poll released Friday found that ...": a reduced relative inside the subject, before the clause's own verb
  if (RELEASED_FORM.test(t.normal) && nounish(prev) && !has(prev, 'Pronoun') && reducedRelative(ctx, i)) return [];
  // "the Lopez campaign spokesman": a noun-like word between nouns is not a verb
  if (info.cls === 'other' && nounLike(t) && nounish(prev) && (has(toks[i + 1], 'Noun') || has(toks[i + 1], 'ProperNoun'))) return [];
  // "It is understood that", "it is alleged that": a participle compromise took for an adjective
  const itPassive = info.cls !== 'other' && /^(is|was|be|been)$/.test(prev?.normal ?? '') && toks[i - 2]?.normal === 'it' && toks[i + 1]?.normal === 'that';
  // compromise sometimes mis-tags an unambiguous reporting form ("Ortiz told KTVB's ..." tagged as an adjective)
  const surelyVerb = stance || itPassive || info.cls !== 'other' && (/(ed|aid|old|ays|ote|ells|ies)$/.test(t.normal) && nounish(prev) && (!has(t, 'Noun') || SURE_FORMS.test(t.normal))
    // "McConnell is criticizing Obama": a progressive compromise took for a noun
    || /ing$/.test(t.normal) && /^(is|are|was|were|been|be)$/.test(prev?.normal ?? '') && !/[,;:“”"]|''/.test(gapAfter(ctx, i - 1))
    // "voters saying they want", "a group backing Bush": a reduced relative compromise took for a noun
    || /ing$/.test(t.normal) && nounish(prev) && !has(prev, 'Determiner') && !has(prev, 'Possessive') && !/[,;:“”"]|''/.test(gapAfter(ctx, i - 1)) && !has(toks[i + 1], 'Verb')
    // `“It is over,” said Smith.`: a speech verb right after a closing quotation, which compromise may read as an adjective
    || SURE_FORMS.test(t.normal) && /[,!?]\s*(”|"|'')\s*$/.test(gapAfter(ctx, i - 1))
    // "The paper has learnt that": a British past participle compromise took for a noun, after its auxiliary
    || t.normal === 'learnt' && /^(has|have|had|is|was|been)$/.test(prev?.normal ?? '')
    // "Recent polling shows that ...": a finding verb compromise took for a plural noun, before a clause
    || EVIDENCE_FORM.test(t.normal) && nounish(prev) && !has(prev, 'Determiner') && !/[,;:“”"]|''/.test(gapAfter(ctx, i - 1)) && (toks[i + 1]?.normal === 'that' || has(toks[i + 1], 'Pronoun') && !has(toks[i + 1], 'Possessive') || has(toks[i + 1], 'Person'))
      // "Figures from the statistics office show that ...", not "A TV show that aired": a plural before the bare
      // form, and "that" opening a clause, not a relative one
      && (/s$/.test(t.normal) || /s$/.test(prev!.normal) && !has(toks[i + 2], 'Verb')));
  if (!has(t, 'Verb') && !surelyVerb) return [];
  // "Daily Post Exclusive": a capitalised cue inside a unit is a name or a headline word
  if (/^[A-Z]/.test(t.text) && i > ctx.us[i]! && !/[“"]|''/.test(t.pre) && !(info.cls === 'speech' && titleCase(ctx, i))) return [];
  // "the said", but not "who said" / "another said" (compromise tags both as determiners)
  if (prev && has(prev, 'Determiner') && i - 1 >= ctx.us[i]! && !/[,;:“”"]|''/.test(gapAfter(ctx, i - 1)) && !DET_SUBJECT.test(prev.normal)) return [];
  if (prev?.normal === 'to' && !has(prev, 'Verb')) return []; // "to say" — an infinitive, rarely a claim
  if (t.normal === 'think' && /^tanks?$/.test(toks[i + 1]?.normal ?? '')) return []; // "the Resolution Foundation think tank"
  // "Ceasefire talks stall ...": "talk" and "speak" report nothing without their preposition, a colon or a quote
  if (/^(talks?|talked|speaks?|spoke)$/.test(t.normal)) {
    let n = i + 1; while (has(toks[n], 'Adverb') && n - i < 3) n++; // "spoke candidly about"
    if (!/^(about|of|on|to|with|out|up|over)$/.test(toks[n]?.normal ?? '') && !/[:“"‘]|''/.test(gapAfter(ctx, n - 1))) return [];
  }
  // "The paper has learnt that ...": learning reports a clause, not a lesson ("learned that lesson", "a lot")
  if (info.lemma === 'learn' && !learnsClause(ctx, i)) return [];
  const cue = cueSpan(ctx, i, info);
  // "who did not wish to be named", "because he was not authorised to discuss it": why a source is anonymous
  if (anonymityNote(ctx, cue[1], info.lemma)) return [];
  // passives ("has been charged", "was endorsed by") report on the subject, not for it — unless the agent follows
  // (not "is said to", "are believed to": raising, as "is expected to" is, which raising() reads off the frame)
  if (info.lemma !== 'quote' && info.lemma !== 'expect' && !(RAISE_PASSIVE.test(t.normal) && toks[i + 1]?.normal === 'to' && !/^(it|there)$/.test(toks[cue[0] - 1]?.normal ?? '')) && (has(t, 'PastTense') || has(t, 'Participle') || itPassive) && BE.test(toks[i - 1]?.normal ?? '') && !/[,;:“”"]|''/.test(gapAfter(ctx, i - 1))) {
    if (toks[i + 1]?.normal === 'by' && info.cls !== 'other') return passiveBy(ctx, i, cue);
    // "the statement was signed", "his name was announced": an agentless passive attributes to no one; gold
    // keeps it with an empty source and the subject as content
    if (info.cls === 'other') return [];
    const subj = cue[0] - 1 >= ctx.us[i]! ? npLeft(ctx, cue[0] - 1, ctx.us[i]!) : null;
    // "It is understood that ministers will meet", "it was reported that", and "The jury was told that": the
    // clause after is the content (the subject is who heard it, not what)
    if (subj && (subj[0] === subj[1] && toks[subj[0]]!.normal === 'it' || info.addressee) && toks[cue[1] + 1]?.normal === 'that') {
      const after = contentAfter(ctx, cue[1], false);
      return after ? [{ frame: 'PASSIVE0', cue, source: null, content: after.spans, info }] : [];
    }
    return subj ? [{ frame: 'PASSIVE0', cue, source: null, content: [{ start: toks[subj[0]]!.start, end: toks[subj[1]]!.end }], info }] : [];
  }
  const floor = ctx.us[i]!;
  const gapBefore = cue[0] - 1 >= floor ? gapAfter(ctx, cue[0] - 1) : '';
  // "Obama himself said", "Carter however said": the emphatic pronoun or aside is neither source nor cue
  const subjEnd = cue[0] - 2 >= floor && REFLEXIVE.test(toks[cue[0] - 1]!.normal) && !/[,;:“”"]|''/.test(gapAfter(ctx, cue[0] - 2)) ? cue[0] - 2 : cue[0] - 1;
  let left = cue[0] - 1 >= floor && !/[,;:“”"]|''/.test(gapBefore) ? npLeft(ctx, subjEnd, floor) : null;
  // "Boreing said": a name that compromise reads as a verb, alone before a speech cue at the unit's start
  if (!left && subjEnd === cue[0] - 1 && subjEnd === firstReal(ctx, floor) && info.cls === 'speech' && verbName(toks[subjEnd]!)) left = [subjEnd, subjEnd];
  // "Other refugee advocates also said": a noun compromise read as a verb, right before a finite speech verb (two
  // finite verbs cannot follow each other), heads the subject
  else if (!left && info.cls === 'speech' && SURE_FORMS.test(t.normal) && subjEnd >= floor && !/[,;:“”"]|''/.test(gapBefore) && misreadNoun(ctx, subjEnd, floor)) {
    const head = subjEnd - 1 >= floor && !/[,;:“”"()]|''/.test(gapAfter(ctx, subjEnd - 1)) ? npLeft(ctx, subjEnd - 1, floor) : null;
    left = head ? [head[0], subjEnd] : [subjEnd, subjEnd];
  }
  // "The mayor on Monday said": step over the time phrase to the subject
  // "Trump at the time said": so is "at the time" / "at that point"
  if (left && !allTime(ctx, left) && left[1] - left[0] <= 1 && /^(time|moment|point)$/.test(toks[left[1]]!.normal) && toks[left[0] - 1]?.normal === 'at' && left[0] - 1 > floor) left = [left[0] - 1, left[1]];
  // "Zucker, who in the past has voiced", "critics have in particular noted": so is an "in" adverbial
  if (left && toks[left[0] - 1]?.normal === 'in' && left[0] - 1 > floor && IN_ADVERBIAL.test(toks[left[1]]!.normal) && left[1] - left[0] <= 2) left = [left[0] - 1, left[1]];
  if (left) left = reducedSubject(ctx, left, floor);
  // "People briefed on the situation say", "Democrats trying to win the Senate say": a subject whose head has a
  // participle, preposition or relative clause after it runs from the unit's start to the cue
  if (cue[0] - 1 >= floor && !/[,;:“”"]|''/.test(gapBefore)) { const full = fullSubject(ctx, subjEnd, floor); if (full && (!left || full[0] < left[0])) left = full; }
  if (left && (allTime(ctx, left) || /^(at|in)$/.test(toks[left[0]]!.normal) && /^(time|moment|point)$/.test(toks[left[1]]!.normal) || toks[left[0]]!.normal === 'in' && IN_ADVERBIAL.test(toks[left[1]]!.normal))) {
    let k = left[0] - 1;
    while (k >= floor && /^(on|last|this|earlier|late|early|has|have|had)$/.test(toks[k]!.normal)) k--;
    left = k >= floor && !/[,;:“”"]|''/.test(gapAfter(ctx, k)) ? npLeft(ctx, k, floor) : null;
  }
  if (left) left = withAppositiveLeft(ctx, left, floor);
  if (left && !has(toks[left[0]], 'Pronoun')) left = withModifierLeft(ctx, left, floor);
  else if (cue[0] - 1 >= floor && /^\.?\)?,\s*$/.test(gapBefore) && citationAside(ctx, cue[0], floor) > floor) {
    // "The agency, citing two diplomats, said": the citation between the subject and its verb is an aside
    const c = citationAside(ctx, cue[0], floor);
    left = npLeft(ctx, c - 1, floor);
    if (left) left = withAppositiveLeft(ctx, left, floor);
  }
  else if (cue[0] - 1 >= floor && /^\.?\)?,\s*$/.test(gapBefore)) {
    // "Ana Ruiz, the attorney general of the state, said": only an appositive may end in a comma
    const np = npLeft(ctx, cue[0] - 1, floor);
    const wide = np && withAppositiveLeft(ctx, np, floor);
    if (wide && wide[0] < np![0]) left = nameBefore(ctx, wide, floor);
    else {
      // "Ana Ruiz, a spokeswoman for the group, which ..., said": the name before the appositive leads it
      const ap = appositiveSubject(ctx, cue[0] - 1, floor) ?? longAppositive(ctx, cue[0] - 1, floor);
      left = ap ? nameBefore(ctx, ap, floor)
        // "Sen. Jo Reed (D-R.I.), said": a stray comma after a whole-unit name
        : (np && np[0] === firstReal(ctx, floor) && /\)/.test(toks[np[1]]!.post) ? np : null);
    }
  }
  if (left) {
    const src = left;
    const unitEnd = ctx.ue[i]!;
    const gap = gapAfter(ctx, cue[1]);
    const addressee = takesAddressee(ctx, cue[1], info.addressee);
    // "she said Monday." / "he said several months later," — adjuncts that leave the cue clause-final
    let adj = cue[1];
    while (adj + 1 < unitEnd && adj - cue[1] < 5 && !/[,:“"]|''/.test(gapAfter(ctx, adj)) && (TIME.test(toks[adj + 1]!.normal) || (addressee && adj === cue[1] && /^(me|him|her|us|them|reporters)$/.test(toks[adj + 1]!.normal)) || has(toks[adj + 1], 'Date') || (/^(in|at|during|on)$/.test(toks[adj + 1]!.normal) && has(toks[adj + 2], 'Date')))) adj++;
    // "she said in a follow-up interview." / "he said, however.": a verbless adjunct closes the clause too
    // "..., a spokesman told The Wall Street Journal.": so does an addressee that runs to the end of the unit
    if (adj + 1 < unitEnd && info.cls !== 'other' && (has(toks[adj + 1], 'Preposition') && toks[adj + 1]!.normal !== 'that' || ASIDE.test(toks[adj + 1]!.normal) || addressee && adj === cue[1]) && verbless(ctx, adj + 1, unitEnd) && !/[:“"]|''/.test(gapAfter(ctx, adj))) adj = lastRealBefore(ctx, unitEnd);
    // "said on Monday, “…”": a quotation right after the adjuncts
    const quoteAfterAdj = adj > cue[1] && /,\s*(“|"|'')\s*$/.test(gapAfter(ctx, adj)) && ctx.tq[adj + 1]! >= 0;
    const clauseEnd = adj + 1 >= unitEnd || (adj > cue[1] && /,/.test(gapAfter(ctx, adj)));
    // "Cruz said:", "the minister told the assembly on Friday:" closing its paragraph: the quotation that opens the
    // next paragraph is the content, unless a verb of its own attributes it there ("“…,” Lopez said.")
    if (blockQuote(ctx, cue[1], unitEnd)) return [{ frame: 'SC', cue, source: src, content: [quoteFrom(ctx, unitEnd)], info }];
    // a cue after its content: `X, he said.` / `“A,” he said, “B.”` / `X, he said, Y`
    // `“... ongoing.” He said the FBI ...`: a capitalised source after a quote that ends its sentence opens a new clause
    // (not `“Who are they?” Trump said of Apple`: "said of" is about something, never before its content)
    const newSentence = src[0] - 1 >= 0 && /[.!?]\s*[”"]|[”"]\s*[.!?]|[.!?]\s*''/.test(gapAfter(ctx, src[0] - 1)) && /^[A-Z]/.test(toks[src[0]]!.text) && !clauseEnd
      && !(toks[cue[1] + 1]?.normal === 'of' && !/[,:“"]|''/.test(gap));
    const beforeOk = src[0] - 1 >= 0 && QUOTE_OR_COMMA.test(gapAfter(ctx, src[0] - 1)) && (src[0] > floor || ctx.tq[src[0] - 1]! >= 0) && ctx.para[src[0] - 1] === ctx.para[src[0]] && !newSentence
      && !(quotedTitle(ctx, src[0] - 1) && !clauseEnd);
    const quoteBefore = beforeOk && ctx.tq[src[0] - 1]! >= 0 && /[”"]|''/.test(gapAfter(ctx, src[0] - 1));
    const postposed = clauseEnd || (/,/.test(gap) && !/:/.test(gap) && !/^(that|which|who)$/.test(toks[cue[1] + 1]!.normal))
      || (quoteBefore && !/[:“"]|''/.test(gap) && toks[cue[1] + 1]!.normal !== 'that' && !(has(toks[cue[1] + 1], 'Pronoun') && !/^(me|him|her|us|them)$/.test(toks[cue[1] + 1]!.normal)));
    // "Asked about X, Lee said, “...”": a quotation right after the cue is the content; what precedes the source is an adjunct
    const quoteNext = !quoteBefore && (quoteAfterAdj || !clauseEnd && /,\s*(“|"|'')\s*$/.test(gap) && ctx.tq[cue[1] + 1]! >= 0);
    if (postposed && beforeOk && info.cls !== 'other' && !quoteNext) {
      const before = contentBefore(ctx, src[0] - 1);
      if (!before) return [];
      const spans = [before];
      if (!clauseEnd) {
        // `“A,” he said, “B.”` — only a second quote, or a clause after `X, he said,`, continues the content
        // "X, the witness said, according to the report.": what follows is another attribution, not more content
        const after = /,/.test(gap) && !/^(according|citing)$/.test(toks[cue[1] + 1]?.normal ?? '') ? contentAfter(ctx, cue[1], false) : null;
        if (after && (!quoteBefore || ctx.tq[after.first]! >= 0)) spans.push(...after.spans);
        else if (quoteBefore && noQuoteUntil(ctx, cue[1] + 1, unitEnd) && (/,/.test(gap) || !otherCue(ctx, cue[1] + 1, unitEnd))) {
          // `“A,” she said, smiling. “B.”`
          const c = continuation(ctx, cue[1]); if (c) spans.push(c);
        } else if (quoteBefore && /,/.test(gap)) {
          // `“A,” Ruiz said, referring to X, “B.”` — the quote resumes after an aside
          // (not after ", adding that ..." nor "but Lee called it": that quote is the next claim's)
          for (let m = cue[1] + 1; m < unitEnd && !TAIL_CUE.test(toks[m]!.normal) && !(has(toks[m], 'Verb') && ctx.tq[m]! < 0 && cueInfo(toks[m]!.normal)); m++) if (ctx.tq[m]! >= 0) { const q = ctx.quotes[ctx.tq[m]!]!; spans.push({ start: q.start, end: q.end }); break; }
        }
      }
      else if (quoteBefore && quoteAfterAdj) { const q = ctx.quotes[ctx.tq[adj + 1]!]!; spans.push({ start: q.start, end: q.end }); }
      else if (quoteBefore && noQuoteUntil(ctx, adj + 1, unitEnd)) { const c = continuation(ctx, cue[1]); if (c) spans.push(c); }
      return [{ frame: spans.length > 1 ? 'SCsplit' : 'XSC', cue, source: src, content: spans, info }];
    }
    if (postposed && clauseEnd && !quoteNext) return [];
    if (quoteNext) return [{ frame: 'SC', cue, source: src, content: [quoteFrom(ctx, adj + 1)], info }];
    const after = contentAfter(ctx, cue[1], info.addressee);
    if (after) return [{ frame: 'SC', cue, source: src, content: after.spans, info, ...quotedBy(ctx, cue) }];
    return [];
  }
  // `“...,” said Smith, a spokesman.`
  if (cue[0] - 1 >= 0 && QUOTE_OR_COMMA.test(gapAfter(ctx, cue[0] - 1)) && info.cls === 'speech') {
    const src = npRight(ctx, cue[1] + 1, ctx.ue[i]!, true, true);
    if (!src) return [];
    const nxt = toks[src[1] + 1];
    // the source closes the clause: "said Smith." / "said Smith, a spokesman" — not "said many of the examples that ..."
    // ("said he, before leaving": a subject pronoun closes it at a comma too)
    const pronounEnds = src[0] === src[1] && /^(he|she|they|i|we)$/.test(toks[src[0]]!.normal) && /,/.test(gapAfter(ctx, src[1]));
    if (has(toks[src[0]], 'Pronoun') && !has(toks[src[0]], 'Possessive') && src[1] + 1 < ctx.ue[i]! && !pronounEnds) return [];
    // "said Dan Golvach when asked about ...", "said Rep. Scott at the time": an adverbial clause or time phrase ends the source
    const adverbial = nxt && (SUBORD.test(nxt.normal) || has(nxt, 'Adverb') && /ly$/.test(nxt.normal) || TIME.test(nxt.normal) || has(nxt, 'Date') || /^(in|during|via|through)$/.test(nxt.normal) || /^(at|during)$/.test(nxt.normal) && /^(the|a|that|this)$/.test(toks[src[1] + 2]?.normal ?? '') && /^(time|moment|point|event|rally|hearing|briefing|conference|meeting)$/.test(toks[src[1] + 3]?.normal ?? ''));
    if (src[1] + 1 < ctx.ue[i]! && nxt && !/,/.test(gapAfter(ctx, src[1])) && !/^(who|whose)$/.test(nxt.normal) && !adverbial) {
      // "noted a report for the group by a nonprofit.": a verbless rest of the clause still belongs to the source
      if (!verbless(ctx, src[1] + 1, ctx.ue[i]!)) return [];
      src[1] = ctx.ue[i]! - 1;
      while (toks[src[1]]!.text === '') src[1]--;
    }
    if (has(toks[src[0]], 'Pronoun') && !has(toks[src[0]], 'Possessive') && src[1] + 1 < ctx.ue[i]! && !pronounEnds) return [];
    const before = contentBefore(ctx, cue[0] - 1);
    if (!before) return [];
    const spans = [before];
    if (noQuoteUntil(ctx, src[1] + 1, ctx.ue[i]!) && ctx.tq[cue[0] - 1]! >= 0) { const c = continuation(ctx, src[1]); if (c) spans.push(c); }
    return [{ frame: 'XCS', cue, source: src, content: spans, info }];
  }
  return [];
}

const EVIDENCE_FORM = /^(shows?|suggests?|finds|indicates?|reveals?|confirms)$/
const SURE_FORMS = /^(said|says|told|tells|wrote|writes|added|adds|noted|notes|stated|states|claimed|claims|warned|warns|argued|argues|insisted|insists)$/;

function lastRealBefore(ctx: Ctx, end: number): number {
  let k = end - 1;
  while (k > 0 && ctx.toks[k]!.text === '') k--;
  return k;
}

/** No verb (other than a participle) and no quotation in tokens [from, to). */
function verbless(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.toks[k]!;
    if (ctx.tq[k]! >= 0 || (has(t, 'Verb') && !has(t, 'Participle') && !has(t, 'Hyphenated')) || has(t, 'Copula') || /^(who|which|that|and|but|while)$/.test(t.normal)) return false;
  }
  return to - from <= 12;
}

/** A word in tokens [from, to) that attributes on its own: a reporting verb or a tail cue ("adding"). */
function otherCue(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) { const t = ctx.toks[k]!; if (TAIL_CUE.test(t.normal) || has(t, 'Verb') && cueInfo(t.normal)) return true; }
  return false;
}

/** ", citing two diplomats," right before the cue at c: the index of "citing" (or "quoting"), or -1. */
function citationAside(ctx: Ctx, c: number, floor: number): number {
  // ("citing Ana Ruiz, a diplomat,": one comma may fall inside the citation)
  let commas = 0;
  for (let k = c - 2; k > floor && c - k <= 16; k--) {
    const g = gapAfter(ctx, k);
    if (/[;:“”"()]|''/.test(g) || /,/.test(g) && ++commas > 1) return -1;
    if (/^(citing|quoting)$/.test(ctx.toks[k]!.normal)) return /,/.test(gapAfter(ctx, k - 1)) ? k : -1;
  }
  return -1;
}

/** A paragraph that ends in a colon after the cue ending at c (and only time words or an addressee between),
 *  and a next paragraph that opens with a quotation no verb of its own attributes and that is no title. */
function blockQuote(ctx: Ctx, c: number, unitEnd: number): boolean {
  const { toks } = ctx;
  const last = lastRealBefore(ctx, unitEnd);
  if (last < c || !/:/.test(gapAfter(ctx, last)) || last > c && !verbless(ctx, c + 1, unitEnd)) return false;
  if (unitEnd >= toks.length || ctx.para[unitEnd] === ctx.para[c]) return false;
  const q = ctx.tq[unitEnd]!;
  if (q < 0 || ctx.quotes[q]!.open > toks[unitEnd]!.start || saidAfter(ctx, q)) return false;
  const quoted = ctx.seg.text.slice(ctx.quotes[q]!.start, ctx.quotes[q]!.end);
  // "“Crisis Talks”": a few capitalised words without a sentence's punctuation name something
  const words = quoted.match(/\p{L}+/gu) ?? [];
  if (!words.length) return false;
  return !(/^[^.!?,;:]*$/.test(quoted) && words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w) || /^(of|the|and|a|in|on|for|to|with)$/.test(w)));
}

/** After "learned" at i: a clause ("that the deal collapsed", "he had been bumped", "how they think", "from two
 *  officials that …", "that day that …"), "of", or the end of the clause ("…, The Post has learned"); not an object
 *  ("that lesson", "that the hard way", "Spanish before the war began"), an infinitive ("to swim") or a phrase. */
function learnsClause(ctx: Ctx, i: number): boolean {
  const { toks } = ctx, end = ctx.ue[i]!;
  const n1 = toks[i + 1];
  if (!n1 || i + 1 >= end || /[,.;:!?]/.test(gapAfter(ctx, i))) return true;
  if (/^(of|about|how|why|what|whether|if|where|when|who)$/.test(n1.normal)) return true;
  // a finite verb (not an infinitive after "to"), and one after k before the unit ends: "that" then has a clause to open
  const finite = (m: number) => { const t = toks[m]!; return has(t, 'Verb') && !has(t, 'Gerund') && !has(t, 'Participle') && toks[m - 1]!.normal !== 'to' || has(t, 'Modal'); };
  const finiteAfter = (k: number) => { for (let m = k + 1; m < end; m++) if (finite(m)) return true; return false; };
  // a "that" opening a clause, after at most a short phrase ("from two officials", "that day"): not "that lesson"
  for (let k = i + 1; k < Math.min(end, i + 8); k++) {
    if (toks[k]!.normal !== 'that') { if (has(toks[k], 'Verb') || /[.;:!?]/.test(gapAfter(ctx, k))) break; continue; }
    const n = toks[k + 1];
    if (n && !(/^\p{Ll}/u.test(n.text) && has(n, 'Noun') && !has(n, 'Pronoun') && !has(n, 'Plural')) && finiteAfter(k)) return true;
  }
  if (n1.normal === 'that' || n1.normal === 'to' || has(n1, 'Preposition')) return false;
  // a subject, then its finite verb before any conjunction, subordinator or punctuation ends the search
  for (let k = i + 2; k < Math.min(end, i + 12); k++) {
    if (/^(and|but|or|when|before|after|because|as|while|until|since|if|unless|although|though)$/.test(toks[k]!.normal)) return false;
    if (finite(k)) return true;
    if (/[,.;:!?]/.test(gapAfter(ctx, k))) return false;
  }
  return false;
}

/** A word at j tagged as a plain present or base verb that stands where a subject's head must: after a noun,
 *  an adjective or a determiner, or first in its unit. */
function misreadNoun(ctx: Ctx, j: number, floor: number): boolean {
  const { toks } = ctx;
  const t = toks[j]!, prev = toks[j - 1];
  if (!has(t, 'Verb') || has(t, 'Noun') || has(t, 'Auxiliary') || has(t, 'Modal') || has(t, 'Copula') || has(t, 'PastTense') || has(t, 'Gerund') || has(t, 'Participle') || cueInfo(t.normal)) return false;
  if (!/^\p{Ll}+$/u.test(t.text)) return false;
  const first = firstReal(ctx, floor);
  if (j === first) return true;
  if (!prev || j - 1 < floor || !(has(prev, 'Determiner') && !/^(that|which|whose|what)$/.test(prev.normal) || has(prev, 'Adjective') || has(prev, 'Noun') && !has(prev, 'Pronoun'))) return false;
  // the words before it are one noun phrase from the start of the clause: not "Parents whose children attend",
  // nor a clause without its "that" ("Anyone the virus infects says")
  for (let k = first; k < j; k++) if (has(toks[k], 'Verb') || /^(that|which|who|whom|whose)$/.test(toks[k]!.normal) || /[,;:“”"()]|''/.test(gapAfter(ctx, k))) return false;
  const np = npLeft(ctx, j - 1, floor);
  return !!np && np[0] === first;
}

function noQuoteUntil(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.tq[k]! >= 0) return false;
  return true;
}


/** A copula before the adjective at i, with at most three adverbs between ("was also sternly critical"). */
function stanceCopula(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= ctx.us[i]! && i - k <= 4; k--) {
    const t = ctx.toks[k]!;
    if (/[,;:“”"]/.test(gapAfter(ctx, k))) return false;
    if (COPULA.test(t.normal) || t.text === '' && has(t, 'Copula')) return true;
    if (!(has(t, 'Adverb') || /^(not|also|still|now|more|less|most|very|so|too|increasingly|deeply|both|all)$/.test(t.normal))) return false;
  }
  return false;
}

/** Texts that "read" something. */
const DOCUMENT = /^(statement|letter|message|post|tweet|note|sign|banner|placard|notice|caption|headline|e-?mail|memo|text|release|verdict|judgment|complaint|petition|slogan|inscription|card|leaflet|poster|resolution|order|citation|plaque|editorial|entry)s?$/;

/** Heads of the sources "as per" cites: who or what speaks, not a rule or a plan. */
const SPEAKS = /^(police|officials?|sources?|reports?|fir|statements?|complaint|survey|data|figures|estimates?|witnesses|residents|authorities|ministry|department|agency|officers?|spokesperson|spokes(wo)?man|government|court|investigators?|family|doctors|experts?|study)$/;
/** What "as per" also cites that says nothing: "as per the Constitution", "as per Section 144 of the CrPC". */
const RULE = /^(constitution|acts?|sections?|articles?|rules?|clauses?|code|laws?|norms|guidelines|schedule|agreement|treaty|policy|provisions?|regulations?|bylaws?|notification|circular|ordinance|manual|protocol|procedure|directives?|orders?)$/;
function speaks(t: Token): boolean {
  return has(t, 'Person') || has(t, 'Organization') || has(t, 'ProperNoun') && !has(t, 'Date') || SPEAKS.test(t.normal);
}

/** A headline: most words of the unit capitalised ("Mayor Says City Could Cut Taxes Next Year"). */
function titleCase(ctx: Ctx, i: number): boolean {
  let cap = 0, n = 0;
  for (let k = ctx.us[i]!; k < ctx.ue[i]!; k++) {
    const w = ctx.toks[k]!.text;
    if (!/^\p{L}/u.test(w) || w.length < 4) continue;
    n++; if (/^\p{Lu}/u.test(w)) cap++;
  }
  return n >= 3 && cap / n > 0.7;
}

/** "was quoted by the agency as saying": the agency that quoted the source is the claim's via. */
function quotedBy(ctx: Ctx, cue: [number, number]): { via?: [number, number] } {
  const { toks } = ctx;
  for (let k = cue[0]; k < cue[1] - 2; k++) {
    if (toks[k]!.normal !== 'quoted' || toks[k + 1]!.normal !== 'by') continue;
    let e = cue[1] - 2; while (e > k + 2 && toks[e]!.text === '') e--;
    return { via: [k + 2, e] };
  }
  return {};
}

function allTime(ctx: Ctx, r: [number, number]): boolean {
  for (let k = r[0]; k <= r[1]; k++) if (!has(ctx.toks[k], 'Date') && !TIME.test(ctx.toks[k]!.normal)) return false;
  return true;
}
