// Rarer constructions: transcripts and signed quotes, passives with an agent, "reportedly", cue nouns, and
// adjunct clauses (", citing X", ", saying Y", "and vowed Z") whose source index.ts fills in. "According to"
// and "In a new poll" are in according.ts.
import type { Span } from '../types.js';
import { has, gapAfter, type Ctx } from './context.js';
import { cueInfo } from './lexicon.js';
import { npLeft, npRight, mainSubject } from './source.js';
import { anonymityNote, contentAfter, contentBefore, quoteFrom } from './content.js';
import { cueSpan } from './cue.js';
import type { Draft } from './draft.js';

const NOT_SPEAKER = /^(note|update|updated|correction|photo|photos|video|source|sources|related|watch|read|listen|credit|disclosure|image|editor|advertisement|caption|subscribe|follow|contact|email|tags?|topics?|filed|posted|published|warning|spoiler|summary|background|context|bottom|tl;dr|question|answer|transcript|location|date|time|where|when|what|why|how|who|price|cost|results?|score|final|total|example|and|but|so|also|plus|first|second|third|finally|here|there|this|that|today|yesterday|now|breaking|live|exclusive|analysis|opinion|editorial|commentary|review|interview)$/;

/** News agencies that headlines and wire copy name in capitals. */
const NEWS_AGENCY = /^(AP|AFP|UPI|PTI|IANS|ANI|UNI|TASS|RIA|DPA|ANSA|EFE|XINHUA|REUTERS|BERNAMA|KYODO|YONHAP|APP|NAN|KUNA|WAM|SPA|IRNA|CNA)$/;

const TURN = /(?:^|\n)[ \t]*(\p{Lu}[\p{Lu} .'’-]*):/gu;
const turns = new WeakMap<Ctx, boolean>();
/** Whether more than one paragraph opens with a name in capitals and a colon, as a transcript's turns do; a
 *  label does not count ("EXCLUSIVE: ..." then the dateline "NEW DELHI: ..." are no transcript). */
function transcript(ctx: Ctx): boolean {
  let t = turns.get(ctx);
  if (t === undefined) {
    let n = 0;
    for (const m of ctx.seg.text.matchAll(TURN)) if (!NOT_SPEAKER.test(m[1]!.trim().toLowerCase()) && ++n > 1) break;
    t = n > 1;
    turns.set(ctx, t);
  }
  return t;
}

/** Transcripts and vox-pops: `HOST: ...`, `Jane Doe ― “...”` at the start of a unit. */
export function speakerLine(ctx: Ctx, i: number): Draft | null {
  const { toks, seg } = ctx;
  let b = i;
  while (b < ctx.ue[i]! && b - i < 5 && !/[:―—]/.test(toks[b]!.post)) b++;
  if (b >= ctx.ue[i]! || b - i >= 5 || !/^\s*[:―—]/.test(toks[b]!.post)) return null;
  // headlines name their source with one capitalised word: "Poll: ...", "Smith: ..."
  const headline = b === i && /^[A-Z][a-z]+$/.test(toks[b]!.text) && !NOT_SPEAKER.test(toks[b]!.normal);
  for (let k = i; k <= b; k++) if (!(/^[A-Z]/.test(toks[k]!.text) || /^(of|the|and)$/.test(toks[k]!.normal)) || has(toks[k], 'Verb') && !has(toks[k], 'ProperNoun') && !headline) return null;
  if (!(has(toks[b], 'ProperNoun') || has(toks[b], 'Person') || /^[A-Z]{3,}$/.test(toks[b]!.text) || headline)) return null;
  const at = toks[b]!.end + toks[b]!.post.search(/[:―—]/);
  // the content: the rest of the paragraph
  const p = ctx.seg.paragraphs[ctx.para[i]!]!;
  let k = b + 1; while (k < toks.length && toks[k]!.text === '') k++;
  if (k >= toks.length || ctx.para[k] !== ctx.para[i]) return null;
  const q = ctx.tq[k]!;
  const quoted = q >= 0 && ctx.tq[i] !== q;
  // a dash names a speaker only before a quotation: "WASHINGTON — ..." is a dateline, "Smith — a teacher — says" an aside
  if (!quoted && /[―—]/.test(toks[b]!.post.charAt(toks[b]!.post.search(/[:―—]/)))) return null;
  // nor does a colon after capitals that open the story, a place ("NEW DELHI: ...") or a label ("EXCLUSIVE: ...",
  // "BYLINE: ..."), unless they name a news agency ("AFP: ...") or turns of a transcript follow ("HOST: ...")
  if (!quoted && ctx.para[i]! <= 2 && toks.slice(i, b + 1).every((t) => !/\p{Ll}/u.test(t.text) && !has(t, 'Person')) && !(i === b && NEWS_AGENCY.test(toks[i]!.text)) && !transcript(ctx)) return null;
  const start = quoted ? ctx.quotes[q]!.start : toks[k]!.start;
  void seg;
  return { frame: 'SPK', cue: [b, b], cueChars: { start: at, end: at + 1 }, source: [i, b], content: [{ start, end: p.end }], info: null };
}

/** "... doesn't surprise pollster Daron Shaw: “Historically, ...”": a name, a colon and a quotation. */
export function namedColon(ctx: Ctx, i: number): Draft | null {
  const { toks } = ctx;
  const t = toks[i]!;
  if (!(has(t, 'Person') || has(t, 'ProperNoun')) || has(t, 'Place') || has(t, 'Date')) return null;
  let k = i + 1;
  while (k < toks.length && toks[k]!.text === '') k++;
  if (k >= toks.length || ctx.tq[k]! < 0 || ctx.para[k] !== ctx.para[i] || !/:\s*(“|"|'')/.test(gapAfter(ctx, i))) return null;
  const src = npLeft(ctx, i, ctx.us[i]!);
  if (!src) return null;
  const at = t.end + t.post.indexOf(':');
  const q = ctx.quotes[ctx.tq[k]!]!;
  return { frame: 'COLON', cue: [i, i], cueChars: { start: at, end: at + 1 }, source: src, content: [{ start: q.start, end: q.end }], info: null };
}

function restOfUnit(ctx: Ctx, k: number): Span | null {
  const { toks } = ctx;
  const end = ctx.ue[k]!;
  while (k < end && toks[k]!.text === '') k++;
  let e = end - 1; while (e > k && toks[e]!.text === '') e--;
  return k < end ? { start: toks[k]!.start, end: toks[e]!.end } : null;
}

/** "The mayor was accused by prosecutors of taking bribes." */
export function passiveBy(ctx: Ctx, i: number, cue: [number, number]): Draft[] {
  const { toks } = ctx;
  const src = npRight(ctx, i + 2, ctx.ue[i]!, false, true);
  if (!src) return [];
  // what the agent said or did something about is the passive subject; without one, what follows the agent
  const subj = cue[0] - 1 >= ctx.us[i]! ? npLeft(ctx, cue[0] - 1, ctx.us[i]!) : null;
  const rest = restOfUnit(ctx, src[1] + 1);
  // "The jury was told by prosecutors that ...": a clause after the agent is what was said, the subject who heard it
  const clause = rest && toks[src[1] + 1]?.normal === 'that';
  const parts: Span[] = subj && !clause ? [{ start: toks[subj[0]]!.start, end: toks[subj[1]]!.end }] : rest ? [rest] : [];
  // "was accused by prosecutors of taking bribes": the charge is content too
  if (subj && rest && !clause && /^(of|for)$/.test(toks[src[1] + 1]?.normal ?? '')) parts.push(rest);
  if (!parts.length) return [];
  return [{ frame: 'PASSIVE', cue: [cue[0], i], source: src, content: parts, info: cueInfo(toks[i]!.normal) ?? null }];
}

/** "X reportedly plans to ...": a cue with no stated source; the content is the clause around it. */
export function reportedly(ctx: Ctx, i: number): Draft[] {
  const { toks } = ctx;
  const subj = i - 1 >= ctx.us[i]! ? npLeft(ctx, i - 1, ctx.us[i]!) : null;
  const rest = restOfUnit(ctx, i + 1);
  if (!rest) return [];
  const parts: Span[] = subj ? [{ start: toks[subj[0]]!.start, end: toks[subj[1]]!.end }, rest] : [rest];
  return [{ frame: 'REPORTEDLY', cue: [i, i], source: null, content: parts, info: null }];
}

/** "Hoffman’s claim that ...": a cue noun with its owner. */
export function nounCue(ctx: Ctx, i: number): Draft[] {
  const { toks } = ctx;
  const owner = toks[i - 1];
  if (!owner || !has(owner, 'Possessive') || i - 1 < ctx.us[i]!) return [];
  const np = npLeft(ctx, i - 1, ctx.us[i]!);
  if (!np) return [];
  const content = restOfUnit(ctx, i + 1);
  if (!content) return [];
  return [{ frame: 'NOUN', cue: [i, i], source: np, content: [content], info: null }];
}

/** What is cited as a source: someone who speaks, or a text or count that says something (not "citing the
 *  ongoing litigation", a reason). */
const CITED = /^(sources?|officials?|diplomats?|people|persons?|witnesses|residents|analysts?|experts?|aides?|advisers?|advisors?|spokes(wo)?man|spokesperson|spokespeople|executives?|investigators?|police|authorities|ministry|agency|government|reports?|data|figures|estimates?|statements?|study|studies|survey|polls?|documents?|records|filings?|letters?|emails?|memos?|media|newspapers?|paper|journal|interviews?|officers?|lawmakers|members|insiders|lawyers?|attorneys?|television|tv|radio|broadcaster|channel|outlet|website|company|firm|group|office|council|committee|commission|court|researchers|scientists|doctors|employees|staff|colleagues|relatives|friends|neighbou?rs|allies|associates|intelligence|military|army|observers|monitors|activists|organi[sz]ers|organi[sz]ation|union|party|campaign|department|spokespersons|regulators?|prosecutors?|judges?|testimony)$/;
function cited(ctx: Ctx, np: [number, number]): boolean {
  let head = np[1];
  for (let k = np[0]; k <= np[1]; k++) {
    const t = ctx.toks[k]!;
    // a name the entity stage knows; a capitalised word alone may be anything ("citing Covid")
    if (has(t, 'Person') || has(t, 'Organization')) return true;
    // the phrase's head comes before what modifies it ("people familiar with the matter")
    if (k > np[0] && (has(t, 'Preposition') || /^(familiar|close|who|that|which)$/.test(t.normal))) { head = k - 1; break; }
  }
  return CITED.test(ctx.toks[head]!.normal);
}

/** ", citing two diplomats": the cited source; index.ts attaches it to the claim it supports (via). */
export function citing(ctx: Ctx, i: number): Draft[] {
  const src = npRight(ctx, i + 1, ctx.ue[i]!, false, true);
  if (!src || !cited(ctx, src)) return [];
  const before = contentBefore(ctx, i - 1);
  if (!before) return [];
  return [{ frame: 'CITE', cue: [i, i], source: src, content: [before], info: cueInfo('cite') ?? null }];
}

/**
 * A cue whose source is the subject of the clause before, which index.ts fills in: "..., saying the
 * vote was rigged" (GER) or "... and vowed to fight on", a second verb sharing the subject (COORD).
 */
export function sharedSubject(ctx: Ctx, i: number, frame: 'GER' | 'COORD'): Draft[] {
  const info = cueInfo(ctx.toks[i]!.normal) ?? { lemma: ctx.toks[i]!.normal, cls: 'other' as const, addressee: false };
  const cue = cueSpan(ctx, i, info);
  // ", speaking on condition of anonymity,": why the source goes unnamed
  if (anonymityNote(ctx, cue[1], info.lemma) || anonymityNote(ctx, i, info.lemma)) return [];
  const after = contentAfter(ctx, cue[1], info.addressee);
  if (!after) return [];
  return [{ frame, cue, source: null, content: after.spans, info }];
}

/** Vox-pops: `“...”― Jane Doe` — a quote signed with a dash and a name. */
export function signature(ctx: Ctx, i: number): Draft | null {
  const { toks, seg } = ctx;
  const src = npRight(ctx, i, ctx.ue[i]!, true, true);
  if (!src || !(has(toks[src[0]], 'ProperNoun') || has(toks[src[0]], 'Person') || /^[A-Z]/.test(toks[src[0]]!.text))) return null;
  let e = i - 1;
  while (e > 0 && ctx.tq[e]! < 0) e--;
  const q = ctx.quotes[ctx.tq[e]!]!;
  const dash = seg.text.slice(q.close, toks[i]!.start).search(/[―—–]/);
  if (dash < 0) return null;
  const at = q.close + dash;
  return { frame: 'SIGN', cue: [i, i], cueChars: { start: at, end: at + 1 }, source: src, content: [{ start: q.start, end: q.end }], info: null };
}

/** "When asked (by X) about Y, ...": the question is the asker's content; without an agent there is no
 *  stated source (gold leaves it empty). Only at a clause start, so "she asked him whether" stays a plain cue. */
export function askedClause(ctx: Ctx, i: number): Draft[] {
  const { toks } = ctx;
  const floor = ctx.us[i]!, end = ctx.ue[i]!;
  const prev = toks[i - 1];
  const opens = i === floor || (prev && i - 1 >= floor && (/^(when|after|once|until)$/.test(prev.normal) || /^(if|before|while|but|and)$/.test(prev.normal) && (i - 1 === floor || /[,;:—]/.test(gapAfter(ctx, i - 2)))));
  // `“Is it over?” asked Smith.`: after a closing quotation the verb is inverted, not opening a clause
  if (!opens || i > 0 && /^\p{Ll}/u.test(toks[i]!.text) && ctx.para[i - 1] === ctx.para[i] && ctx.tq[i - 1]! >= 0 && /[”"]|''/.test(gapAfter(ctx, i - 1))) return [];
  let k = i + 1, src: [number, number] | null = null;
  if (toks[k]?.normal === 'by') { src = npRight(ctx, k + 1, end, false); if (!src) return []; k = src[1] + 1; }
  // "asked on Thursday about ...": the content starts at the question word or preposition
  for (let m = k; m < Math.min(end, k + 6); m++) {
    if (/^(about|if|whether|why|how|what|who|whom|which|when|where|to|for)$/.test(toks[m]!.normal)) { k = m; break; }
    if (/,/.test(gapAfter(ctx, m))) break;
  }
  // "asked about X": right after the verb, the preposition belongs to the cue, as with "spoke about"
  const cueEnd = k === i + 1 && toks[k]!.normal === 'about' ? k++ : i;
  while (k < end && toks[k]!.text === '') k++;
  if (k >= end || ctx.tq[k]! >= 0) return [];
  let e = k;
  while (e + 1 < end && !/[,;:—“”"]|''/.test(gapAfter(ctx, e)) && ctx.tq[e + 1]! < 0) e++;
  return [{ frame: 'ASKED', cue: [i, cueEnd], source: src, content: [{ start: toks[k]!.start, end: toks[e]!.end }], info: cueInfo('ask') ?? null }];
}

/** "Criticizing the plan, she said ..." / "After saying he was nervous, the man asked ...": a reporting gerund
 *  that opens the unit; its source is the main clause's subject, its content runs to the comma. */
export function leadingGerund(ctx: Ctx, i: number): Draft[] {
  const { toks } = ctx;
  const info = cueInfo(toks[i]!.normal);
  if (!info || info.cls === 'other') return [];
  const floor = ctx.us[i]!, end = ctx.ue[i]!;
  let lead = floor; while (lead < i && toks[lead]!.text === '') lead++;
  if (lead < i && !(lead === i - 1 && /^(after|before|while|by|since|when|in|besides|despite)$/.test(toks[lead]!.normal))) return [];
  const cue = cueSpan(ctx, i, info);
  let e = cue[1] + 1;
  while (e < end && !/[,;:—]/.test(gapAfter(ctx, e)) && ctx.tq[e]! < 0) e++;
  if (e >= end - 1 || e <= cue[1] || !/,/.test(gapAfter(ctx, e))) return [];
  const src = mainSubject(ctx, e, end);
  if (!src || src[0] !== e + 1 && !(toks[e + 1]!.text === '' && src[0] === e + 2)) return [];
  let k = cue[1] + 1; while (k < e && toks[k]!.text === '') k++;
  // "Writing in the Daily Telegraph, she", "Speaking to reporters, he": where or to whom, not what
  // unless what was said follows them: "Insisting to reporters that the plan was sound, he"
  if (/^(in|to|at|from|during|before|after)$/.test(toks[k]!.normal)) {
    while (k < e && toks[k]!.normal !== 'that') k++;
    if (k >= e) return [];
  }
  return [{ frame: 'GER', cue, source: src, content: [{ start: toks[k]!.start, end: toks[e]!.end }], info }];
}



/** `Said Comey, “The thought is painful to us.”`: the cue opens the unit, the source follows it, and the
 *  quotation after the source's comma is the content. */
export function saidFirst(ctx: Ctx, i: number): Draft | null {
  const { toks } = ctx;
  const src = npRight(ctx, i + 1, ctx.ue[i]!, true, true);
  if (!src) return null;
  // an appositive never runs into the quotation
  for (let k = src[0]; k <= src[1]; k++) if (ctx.tq[k]! >= 0) { src[1] = k - 1; break; }
  while (src[1] > src[0] && toks[src[1]]!.text === '') src[1]--;
  if (src[1] < src[0] || !/,\s*[“"‘]|,\s*''/.test(gapAfter(ctx, src[1]))) return null;
  let k = src[1] + 1;
  while (k < toks.length && toks[k]!.text === '') k++;
  if (k >= toks.length || ctx.tq[k]! < 0 || ctx.para[k] !== ctx.para[i]) return null;
  return { frame: 'SC', cue: [i, i], source: src, content: [quoteFrom(ctx, k)], info: cueInfo('said') ?? null };
}
