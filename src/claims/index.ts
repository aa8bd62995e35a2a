// Claims: who says, believes or intends what. Cues come from a lexicon (lexicon.ts); frames.ts places the
// source and content around each cue; pronoun.ts links the source to an entity; confidence.ts scores.
import type { DocEntity, FoundClaim, Segmented, Span } from '../types.js';
import { buildCtx, type Ctx } from './context.js';
import { framesAt, type Draft } from './frames.js';
import { isAnonymous, npRight, mainSubject } from './source.js';
import { flatten, resolveSource } from './pronoun.js';
import { features, score, threshold } from './confidence.js';
import { refine } from './bounds.js';
import { afterCue, cueRoom, refineCue } from './bounds-cue.js';
import { withNames } from './names.js';
import { innerSubject } from './subject.js';
import { continuedQuote } from './content.js';

export type { Draft } from './frames.js';

/** Frames kept below the threshold (see findClaims). */
export const ALWAYS: ReadonlySet<string> = new Set(['CITE', 'NOUN', 'REPORTEDLY', 'PASSIVE', 'ACC', 'SIGN', 'SPK', 'IN']);

/**
 * Whether a draft is output: above the threshold, or an explicit construction the corpus rarely shows, kept
 * whatever the model thinks (its confidence still says how often such claims hold): the frames in ALWAYS,
 * and a source-less passive or expletive whose clause follows its cue ("It is understood that", "The jury was
 * told that", "It has emerged that").
 */
function kept(ctx: Ctx, d: Draft, p: number): boolean {
  if (p >= threshold || ALWAYS.has(d.frame)) return true;
  // so is "It has emerged that …", "it appears that …" (PolNeAR train annotates 3 of its 6)
  return (d.frame === 'PASSIVE0' || d.frame === 'RAISE' && d.content.length === 1) && d.content.every((c) => c.start >= ctx.toks[d.cue[1]]!.end);
}

function kindOf(ctx: Ctx, spans: Span[]): FoundClaim['kind'] {
  let quoted = 0, total = 0;
  for (const s of spans) {
    // quotes are sorted and disjoint: start at the first one ending after the span starts
    let lo = 0, hi = ctx.quotes.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (ctx.quotes[mid]!.end <= s.start) lo = mid + 1; else hi = mid; }
    for (let n = lo; n < ctx.quotes.length && ctx.quotes[n]!.start < s.end; n++) {
      const q = ctx.quotes[n]!;
      quoted += Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start));
    }
    total += s.end - s.start;
  }
  if (total === 0 || quoted === 0) return 'indirect';
  return quoted >= total - 3 * spans.length ? 'direct' : 'mixed';
}

/** Drafts with their features, for the trainer; findClaims is the public entry. */
export function draftClaims(seg: Segmented): { ctx: Ctx; drafts: { d: Draft; kind: FoundClaim['kind']; feats: string[] }[] } {
  const ctx = buildCtx(seg);
  const drafts: { d: Draft; kind: FoundClaim['kind']; feats: string[] }[] = [];
  const used = new Set<number>();
  for (let i = 0; i < ctx.toks.length; i++) {
    if (used.has(i)) continue;
    for (const d of framesAt(ctx, i)) {
      if (!d.content.length) continue;
      for (let k = d.cue[0]; k <= d.cue[1]; k++) used.add(k);
      const kind = kindOf(ctx, d.content);
      drafts.push({ d, kind, feats: features(d, ctx.toks, kind, ctx) });
    }
  }
  attachAdjuncts(ctx, drafts.map((x) => x.d));
  for (const x of drafts) if (x.d.frame === 'GER' || x.d.frame === 'COORD' || x.d.frame === 'CITE') x.feats = features(x.d, ctx.toks, x.kind, ctx);
  nesting(ctx, drafts);
  return { ctx, drafts: drafts.filter((x) => x.d.source || x.d.frame === 'REPORTEDLY' || x.d.frame === 'ASKED' || x.d.frame === 'PASSIVE0' || x.d.frame === 'RAISE') };
}

/** Whether a candidate sits inside another one's content ("officials said [the mayor wants ...]") or holds one:
 *  gold keeps nested claims, but a verb inside a quote-less content is often just the reported event. */
function nesting(ctx: Ctx, drafts: { d: Draft; feats: string[] }[]): void {
  // contents stay within their paragraph, so only candidates of the same paragraph can hold one another
  const byPara = new Map<number, { d: Draft; feats: string[] }[]>();
  for (const x of drafts) { const p = ctx.para[x.d.cue[0]]!; const l = byPara.get(p); if (l) l.push(x); else byPara.set(p, [x]); }
  for (const x of drafts) {
    const at = ctx.toks[x.d.cue[0]]!.start;
    const outer = byPara.get(ctx.para[x.d.cue[0]]!)!.find((o) => o !== x && o.d.content.some((c) => c.start <= at && at < c.end));
    const cls = x.d.info?.cls ?? 'none';
    if (outer) x.feats.push(`nested=${outer.d.info?.cls ?? 'none'}`, `nested&cls=${outer.d.info?.cls ?? 'none'}_${cls}`, `nested&frame=${outer.d.frame}_${x.d.frame}`);
    else x.feats.push(`top&cls=${cls}`);
  }
}

/** ", citing X" and ", saying Y" lean on the clause before them in the same unit: its source is the speaker
 *  (GER) or the outer source (CITE, as via). */
function attachAdjuncts(ctx: Ctx, drafts: Draft[]): void {
  drafts.forEach((d, n) => {
    if (d.frame !== 'GER' && d.frame !== 'COORD' && !(d.frame === 'CITE' && !d.via)) return;
    // the nearest reporting clause before it; a plain verb's subject only when there is none
    const before: Draft[] = [];
    for (let m = n - 1; m >= 0 && ctx.us[drafts[m]!.cue[0]] === ctx.us[d.cue[0]]; m--) if (drafts[m]!.source && drafts[m]!.cue[0] !== d.cue[0]) before.push(drafts[m]!);
    // among plain verbs, the clause's main subject (the one opening the unit) over a nearer relative clause's
    let first = ctx.us[d.cue[0]]!; while (ctx.toks[first]!.text === '') first++;
    // "Interfax, citing an unnamed source, reported that ...": a citation inside the subject supports the claim after it
    // (the claim whose source ends right before ", citing")
    const after = d.frame === 'CITE' ? drafts.slice(n + 1).find((o) => ctx.us[o.cue[0]] === ctx.us[d.cue[0]] && o.source && o.source[1] === d.cue[0] - 1 && o.cue[0] > d.source![1] && o.info?.cls !== 'other') : undefined;
    const pick = after ?? before.find((o) => o.info?.cls !== 'other') ?? (d.frame === 'CITE' ? undefined : before.find((o) => o.source![0] === first) ?? before[0]);
    if (pick?.source) {
      if (d.frame !== 'CITE') d.source = pick.source;
      else { d.via = pick.source; d.content = pick.content; }
      return;
    }
    // no claim before it in the unit (or only one dropped as a note on anonymity, "declined to be identified
    // but said"): the unit's first noun phrase is the subject
    if (d.frame === 'GER' || d.frame === 'COORD') {
      const np = npRight(ctx, ctx.us[d.cue[0]]!, d.cue[0], false) ?? mainSubject(ctx, ctx.us[d.cue[0]]!, d.cue[0]);
      // `“We will not raise taxes,” adding that …`: a unit that opens with a quotation goes on with the speaker of
      // the claim that quotes it, never with a word inside it
      if (np && ctx.tq[np[0]]! >= 0) {
        const at = ctx.toks[np[0]]!.start;
        const quoting = drafts.find((o) => o !== d && o.source && o.content.some((c) => c.start <= at && at < c.end));
        d.source = quoting?.source ?? null;
      } else if (np) d.source = np;
    }
  });
}

/** "The World Health Organization (WHO": a source that opens a bracket takes the one that closes it. */
function closeBracket<T extends { start: number; end: number; text: string }>(text: string, s: T): T {
  const open = s.text.split('(').length - s.text.split(')').length;
  const close = /^\.?\)/.exec(text.slice(s.end, s.end + 2)); // "(D-Ore.)": an abbreviation's dot may come first
  return open > 0 && close ? { ...s, end: s.end + close[0].length, text: text.slice(s.start, s.end + close[0].length) } : s;
}

/** Abbreviations a source may end in: a company's form, a generation, a US state or Canadian province. */
const ABBREVIATION = /(?:^|[\s,(])(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros|Ont|Que|Alta|Sask|Man|Nfld|Calif|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|Ala|Ariz|Ark|Colo|Conn|Del|Me|N\.[A-Z]|S\.[A-Z]|R\.I|W\.Va|D\.C|U\.S|U\.K|B\.C|N\.S|N\.B|P\.E\.I)$/;

/** "Ruiz, of Hamilton, Ont.,": a source ending in an abbreviation keeps its dot, when the sentence goes on after it. */
function closeAbbreviation<T extends { start: number; end: number; text: string }>(text: string, s: T): T {
  if (text[s.end] !== '.' || !ABBREVIATION.test(s.text) || !/^\.\s*[,;)a-z]/.test(text.slice(s.end, s.end + 3))) return s;
  return { ...s, end: s.end + 1, text: text.slice(s.start, s.end + 1) };
}

function closeQuote<T extends { start: number; end: number; text: string }>(text: string, s: T): T {
  const end = withClosingQuote(text, s.start, s.end);
  return end === s.end ? s : { ...s, end, text: text.slice(s.start, end) };
}

/** `the talks were "constructive".`: a content that opens a quotation and ends right before its closing mark takes
 *  the mark, so that what a user reads is balanced. The new end. */
export function withClosingQuote(text: string, start: number, end: number): number {
  // "... the author of “Destiny and Power.”": the mark may follow the sentence's stop
  const stop = /[.,!?]/.test(text[end] ?? '') && /[”"’']/.test(text[end + 1] ?? '') ? 1 : 0;
  const next = text[end + stop];
  if (next === undefined) return end;
  const span = text.slice(start, end);
  const count = (re: RegExp) => (span.match(re) ?? []).length;
  // two single marks for one double, as some wires print them
  if (next === "'" && text[end + stop + 1] === "'") return count(/''/g) % 2 ? end + stop + 2 : end;
  const open = next === '”' ? count(/“/g) - count(/”/g)
    : next === '"' ? count(/"/g) % 2
      // a single mark is also an apostrophe: count only those that open a word
      : next === '’' ? count(/(^|[\s(\[])‘/g) - count(/’(?![\p{L}])/gu)
        : next === "'" ? count(/(^|[\s(\[])'(?=\p{L})/gu) - count(/(?<=\p{L})'(?!\p{L})/gu)
          : 0;
  return open > 0 ? end + stop + 1 : end;
}

/** The boundary models' edges for a claim's content and cue end; true when the content moved. A split quote's
 *  pieces are the quote's own, so only a one-range content moves. */
function placeEdges(ctx: Ctx, d: Draft, cues: Uint8Array): boolean {
  const before = d.content[0];
  if (d.content.length === 1) d.content = [refine(ctx, d, cues, d.content[0]!)];
  const room = cueRoom(ctx, d);
  const cueEnd = refineCue(ctx, d, cues, room.bound, room.limit);
  if (cueEnd !== d.cue[1]) { d.cue = [d.cue[0], cueEnd]; afterCue(ctx, d); }
  return d.content[0] !== before;
}

export function findClaims(seg: Segmented, entities: DocEntity[]): FoundClaim[] {
  const { ctx, drafts } = draftClaims(withNames(seg, entities));
  const { toks, seg: { text } } = ctx;
  const flat = flatten(entities, toks);
  const span = (r: [number, number]) => ({ start: toks[r[0]]!.start, end: toks[r[1]]!.end, text: text.slice(toks[r[0]]!.start, toks[r[1]]!.end) });
  const out: FoundClaim[] = [];
  const seen = new Map<string, number>();
  const probs = drafts.map((x) => score(x.feats));
  // the cues of the claims that will be output: no other content grows over them
  const cues = new Uint8Array(toks.length);
  drafts.forEach(({ d }, n) => { if (kept(ctx, d, probs[n]!)) for (let k = d.cue[0]; k <= d.cue[1]; k++) cues[k] = 1; });
  // and the quotations those cues stand in: none continues another's quotation
  const cued = new Uint8Array(ctx.quotes.length);
  cues.forEach((c, k) => { if (c && ctx.tq[k]! >= 0) cued[ctx.tq[k]!] = 1; });
  for (const [n, { d, kind: drafted }] of drafts.entries()) {
    const p = probs[n]!;
    if (!kept(ctx, d, p)) continue;
    let kind = placeEdges(ctx, d, cues) ? kindOf(ctx, d.content) : drafted;
    const more = continuedQuote(ctx, Math.max(...d.content.map((c) => c.end)), cued);
    if (more.length) { d.content = [...d.content, ...more]; if (kind === 'indirect') kind = 'mixed'; }
    const key = d.content.map((c) => `${c.start}-${c.end}`).join(',') + `@${d.source?.[0] ?? -1}`;
    const prior = seen.get(key);
    if (prior !== undefined && out[prior]!.confidence >= p) continue;
    if (d.source && !d.srcChars) d.source = innerSubject(ctx, d.source);
    const src = d.srcChars ? { ...d.srcChars, text: text.slice(d.srcChars.start, d.srcChars.end) } : d.source ? closeQuote(text, closeAbbreviation(text, closeBracket(text, span(d.source)))) : { start: toks[d.cue[0]]!.start, end: toks[d.cue[0]]!.start, text: '' };
    // each part closes its own quotation: "said the plan was “dead on arrival.”" then a paragraph “We never ...”
    const parts = [...d.content].sort((a, b) => a.start - b.start).map((c) => ({ start: c.start, end: withClosingQuote(text, c.start, c.end) }));
    const start = parts[0]!.start, end = parts[parts.length - 1]!.end;
    const claim: FoundClaim = {
      sentence: toks[d.cue[0]]!.sentence,
      kind,
      confidence: Math.round(p * 1000) / 1000,
      source: { ...src, anonymous: d.source ? isAnonymous(toks, d.source[0], d.source[1]) : true, entity: d.source ? resolveSource(flat, src, text) : null },
      cue: d.cueChars ? { ...d.cueChars, text: text.slice(d.cueChars.start, d.cueChars.end) } : span(d.cue),
      content: { start, end, text: text.slice(start, end), ...(parts.length > 1 ? { parts } : {}) },
    };
    if (d.via) claim.via = span(d.via);
    if (prior !== undefined) out[prior] = claim;
    else { seen.set(key, out.length); out.push(claim); }
  }
  return out;
}
