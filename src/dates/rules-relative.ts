// Date rules: "N units ago", references without a date (PRESENT_REF...), and durations claimed as not-dates.
import { numberWord, NUM } from './lexicon.js';
import { focusQuarter, hasRecentQuarter, unitOf, unitsAgo } from './normalize.js';
import { fmtYear } from './calendar.js';
import { R, B, E, after, before, type Rule } from './rule-kit.js';

export const RELATIVE_RULES: Rule[] = [
  // ---- N units ago / a year earlier
  R('ago', String.raw`${B}(?<x>(?:(?:about|nearly|almost|some|just|only|more than|over|roughly|exactly)\s+)?(?<n>${NUM})\s+(?:or so\s+)?(?<u>days?|weeks?|months?|quarters?|years?|decades?)\s+(?:or so\s+)?(?<dir>ago|earlier|before|from now|hence))${E}`, (g, ctx) => {
    const u = unitOf(g.u!)!;
    const dir = g.dir!.toLowerCase();
    const n = numberWord(g.n!);
    if (n === null) return undefined;
    if (/^(?:several|a few|few|a couple of)$/i.test(g.n!)) return dir === 'from now' || dir === 'hence' ? 'FUTURE_REF' : 'PAST_REF';
    if (dir === 'before') return null;
    const sign = dir === 'from now' || dir === 'hence' ? -1 : 1;
    // "a year earlier" in a report about a quarter means that quarter, a year before.
    if (u === 'year' && n === 1 && sign === 1 && hasRecentQuarter(ctx)) return focusQuarter(ctx, 1);
    return unitsAgo(sign * n, u, ctx);
  }),
  R('year-earlier-adj', String.raw`${B}(?<x>year-(?:earlier|ago))(?=\s+\w)${E}`, (g, ctx) => (hasRecentQuarter(ctx) ? focusQuarter(ctx, 1) : fmtYear(ctx.anchor.y - 1))),

  // ---- references without a date (TimeML PRESENT_REF / PAST_REF / FUTURE_REF)
  R('present-ref', String.raw`${B}(?<x>(?:right\s+)?now|currently|current|presently|nowadays|at present|these days|at the moment)(?!-)${E}`, (g, ctx, m) => {
    const w = m.groups!.x!.toLowerCase();
    if (w === 'current' && !/^\s+(?!account|affairs|events|issue\b|of\b)[a-z]/i.test(after(m))) return undefined;
    if (w === 'current' && /\bthen\s+$/i.test(before(m))) return 'PAST_REF';
    return 'PRESENT_REF';
  }),
  R('past-ref', String.raw`${B}(?<x>(?:more\s+)?recently|lately|(?:the|in)\s+past)(?![\w-])(?!\s+(?:${NUM}|few|several|decades?|years?|months?|weeks?|days?|quarters?|week|month|year|\d))`, (g, ctx, m) => {
    return /^in\s+past$/i.test(m.groups!.x!) ? undefined : 'PAST_REF';
  }),
  R('future-ref', String.raw`${B}(?<x>the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|a\s+later\s+date)${E}`, () => 'FUTURE_REF'),

  // ---- durations and vague spans: claimed, not dates
  R('duration', String.raw`${B}(?<x>(?:the\s+(?:past|last|next|first|coming|previous|final|following)\s+)?(?:(?:about|nearly|almost|some|more than|over|roughly|at least)\s+)?(?:${NUM}\s+)?(?:(?:full|straight|consecutive|more)\s+)?(?:days?|weeks?|months?|quarters?|years?|decades?|centuries|hours?|minutes?|seconds?)(?:['’]s?)?)${E}`, () => null),
  R('vague', String.raw`${B}(?<x>(?:the\s+)?(?:coming|recent|past)\s+(?:days|weeks|months|years|decades)|(?:the\s+)?(?:past|next|last)\s+(?:week|month|year|decade|quarter|century))${E}`, () => null),
];
