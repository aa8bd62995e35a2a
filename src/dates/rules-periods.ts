// Date rules: quarters, halves, years, decades, centuries, this/last/next week-month-year, seasons.
import { monthOf, yearOf, ORDINALS, SEASONS, YEAR, YEAR4, ORD } from './lexicon.js';
import { focusQuarter, hasRecentQuarter, relativeUnit, resolveQuarter, resolveSeason, unitOf } from './normalize.js';
import { fmtYear } from './calendar.js';
import { R, B, E, MODS, YREF, QDET, shiftOf, yearRef, after, before, adjectiveOnly, type Rule } from './rule-kit.js';

export const PERIODS_RULES: Rule[] = [
  // ---- quarters and halves
  R('quarter', String.raw`${B}(?<x>(?:(?<det>${QDET})\s+)?(?:(?<y1>${YEAR}|fiscal\s+${YEAR})\s+)?(?:(?<fy>fiscal)[- ])?(?<ord>${ORD}|last|final)(?<h>[- ])(?:fiscal\s+)?quarter(?:\s+of\s+(?<y2>${YREF}))?)${E}`, (g, ctx) => {
    const q = ORDINALS[g.ord!.toLowerCase()]!;
    const det = (g.det ?? '').toLowerCase();
    const y = yearRef(g.y2 ?? g.y1, ctx) ?? (/last year's/.test(det) ? ctx.anchor.y - 1 : /next year's/.test(det) ? ctx.anchor.y + 1 : null);
    if (y !== null) return `${fmtYear(y)}-Q${q}`;
    if (/^(?:last|final)$/i.test(g.ord!) && !g.det) return null;
    if (/year-ago|year-earlier|year-before|prior/.test(det)) return `${fmtYear(+resolveQuarter(q, ctx).slice(0, 4) - 1)}-Q${q}`;
    return resolveQuarter(q, ctx);
  }, (m) => {
    const narrowed = adjectiveOnly(m);
    if (narrowed) return narrowed;
    // Possessives ("its third quarter") are not part of the date.
    const gi = m.indices?.groups;
    if (gi?.det && gi.x && /^(?:its|their|the company's)$/i.test(m.groups!.det!)) return [m.index + m[0].indexOf(m.groups!.det!) + m.groups!.det!.length + 1, gi.x[1]];
    return undefined;
  }),
  R('q-notation', String.raw`${B}(?<x>(?:(?<y1>${YEAR4})\s+)?(?:(?<fq>F)?Q(?<q>[1-4]))(?:\s+(?:of\s+)?(?:FY\s?)?(?<y2>${YEAR4}|['’]\d\d))?)${E}`, (g, ctx) => {
    const q = +g.q!;
    const y2 = g.y2 && /^['’]/.test(g.y2) ? Math.floor(ctx.anchor.y / 100) * 100 + +g.y2.slice(1) : g.y2 ? +g.y2 : null;
    const y = g.y1 ? +g.y1 : y2;
    return y !== null ? `${fmtYear(y)}-Q${q}` : resolveQuarter(q, ctx);
  }),
  R('h-notation', String.raw`${B}(?<x>(?:(?<y1>${YEAR4})\s+H(?<h1>[12])|H(?<h2>[12])\s+(?<y2>${YEAR4})))${E}`, (g) => `${g.y1 ?? g.y2}-H${g.h1 ?? g.h2}`),
  R('fiscal-year-abbrev', String.raw`${B}(?<x>FY\s?(?<y>\d{4}|\d{2}))${E}`, (g, ctx) => {
    const y = g.y!.length === 2 ? Math.floor(ctx.anchor.y / 100) * 100 + +g.y! : +g.y!;
    return g.y!.length === 4 && (y < 1500 || y > 2099) ? undefined : fmtYear(y);
  }),
  R('year-quarter', String.raw`${B}(?<x>the\s+(?<y>${YEAR})\s+(?:fiscal\s+)?(?:quarter|period))${E}`, (g, ctx) => {
    const y = yearOf(g.y!);
    if (y === null) return undefined;
    return `${fmtYear(y)}-Q${focusQuarter(ctx).slice(6)}`;
  }),
  R('same-period-last-year', String.raw`${B}(?<x>(?:the\s+)?(?:same|corresponding|comparable|year-ago|year-earlier)\s+(?:period|quarter|three months)\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+|in\s+)?last\s+year)|last\s+year['’]s\s+(?:(?:fiscal\s+)?quarter|period)|the\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier))${E}`, (g, ctx) => focusQuarter(ctx, 1)),
  R('this-quarter', String.raw`${B}(?<x>(?<w>this|the current|the latest|the most recent|the past|last|the last|the previous|the preceding|next|the next|the|that|the same|the fiscal|the latest fiscal|the year-ago|the year-earlier|the comparable year-ago|the comparable year-earlier|the year-ago fiscal|the year-earlier fiscal|year-ago|year-earlier)\s+(?:fiscal\s+)?(?<u>quarter|period))(?!-)${E}`, (g, ctx, m) => {
    const w = g.w!.toLowerCase();
    if (g.u === 'period' && !/latest|year-|same|the$|that/.test(w)) return undefined;
    if (g.u === 'period' && !hasRecentQuarter(ctx) && !/^\s+(?:ended|ending)/.test(after(m))) return undefined;
    const ended = /^\s+(?:ended|ending)\s+(?<mon>[A-Z][a-z]+\.?)\s+\d/.exec(after(m));
    if (ended && !/year-|previous|preceding|past|last|next/.test(w)) {
      const mon = monthOf(ended.groups!.mon!);
      if (mon && mon % 3 === 0) return resolveQuarter(mon / 3, { ...ctx, tense: 'past' });
    }
    if (/year-(?:ago|earlier)/.test(w)) return hasRecentQuarter(ctx) || g.u === 'quarter' ? focusQuarter(ctx, 1) : undefined;
    if (w === 'this' || w === 'the current') return relativeUnit('quarter', 0, ctx);
    if (w === 'next' || w === 'the next') return relativeUnit('quarter', 1, ctx);
    if (w === 'the past' || w === 'the last' || w === 'last' || w === 'the previous' || w === 'the preceding') return relativeUnit('quarter', -1, ctx);
    return focusQuarter(ctx);
  }),
  R('half', String.raw`${B}(?<x>(?:the\s+)?(?<ord>first|second|last)(?<h>[- ])half(?:\s+of\s+(?<y>${YREF}|the '\d0s))?)${E}`, (g, ctx) => {
    const h = g.ord!.toLowerCase() === 'first' ? 1 : 2;
    if (g.y && /'\d0s/.test(g.y)) return undefined;
    const y = yearRef(g.y, ctx) ?? ctx.anchor.y;
    return `${fmtYear(y)}-H${h}`;
  }),

  // ---- years, decades, centuries
  R('year', String.raw`(?<![\w$£€.,'’-])(?<x>(?:(?:${MODS}|the (?:first|second) half of)[- ]?|(?:fiscal|calendar|the fiscal|model|the year)\s+(?:year\s+)?)?(?<y>${YEAR}))(?!['’]?s${E})`, (g, ctx, m) => {
    const y = yearOf(g.y!);
    if (y === null) return undefined;
    // A bare number next to counts or units is not a year.
    if (/^\d{4}$/.test(m[0]) && /^\s*(?:percent|%|points?|shares?|people|troops|men|tons?|miles?|feet|meters?|members|workers|employees|cases|units|votes|barrels|acres|pounds|dollars|yen|marks|francs)/i.test(after(m))) return undefined;
    // Far from the article's time, a bare number needs a time preposition to be read as a year.
    if (/^\d{4}$/.test(m[0]) && (y < ctx.anchor.y - 60 || y > ctx.anchor.y + 15) && !/\b(?:in|since|by|until|till|from|of|before|after|around|circa|year|to|and|between)\s+$/i.test(before(m))) return undefined;
    return fmtYear(y);
  }),
  R('decade', String.raw`${B}(?<x>(?:the\s+)?(?:(?:early|late|mid)[- ]?)?(?:(?<c>1[5-9]|20)(?<d>\d)0|'(?<s>\d)0)['’]?s)${E}`, (g, ctx) => {
    if (g.c) return `${g.c}${g.d}`;
    const c = ctx.anchor.y >= 2000 && +g.s! <= (ctx.anchor.y % 100) / 10 ? '20' : '19';
    return `${c}${g.s}`;
  }),
  R('decade-word', String.raw`${B}(?<x>the\s+(?:(?:early|late|mid)[- ]?)?(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))${E}`, (g) => {
    const d = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(g.w!.toLowerCase()) + 2;
    return `19${d}`;
  }),
  R('century', String.raw`${B}(?<x>(?:the\s+)?(?:(?:early|late|mid)[- ]?)?(?<n>\d{1,2})(?:st|nd|rd|th)[- ]century)${E}`, (g) => String(+g.n! - 1).padStart(2, '0')),

  // ---- this / last / next week, month, year, season; years the text is about
  R('relative-unit', String.raw`${B}(?<x>(?:(?:early|late|earlier|later|the (?:beginning|start|end|middle|rest|remainder) of)\s+(?:in\s+)?)?(?<w>this|last|next|the current|the coming|the previous)\s+(?:fiscal\s+|calendar\s+)?(?<u>week|weekend|month|year))${E}`, (g, ctx, m) => {
    const shift = shiftOf(g.w);
    if (shift === null) return undefined;
    if (/^the (current|coming|previous)$/i.test(g.w!) && g.u !== 'year') return null;
    // "from $1 billion last year" in a report about a quarter: that quarter, a year before.
    if (g.u === 'year' && shift === -1 && hasRecentQuarter(ctx) && /\bquarter|\bperiod/i.test(before(m, 300) + after(m, 300)) && /^\s*[.,;]?\s*$|^\s*[.,;]/.test(after(m))
      && /\bfrom\b[^.]*$|\bcompared with\b[^.]*$/i.test(before(m))) return focusQuarter(ctx, 1);
    return relativeUnit(unitOf(g.u!)!, shift, ctx);
  }),
  R('focus-year', String.raw`${B}(?<x>(?:(?:later|earlier)\s+)?(?:that|the same|the following|the next|the previous|the preceding)\s+year)(?!\s+(?:ago|earlier|before|later))${E}`, (g, ctx, m) => {
    // The year named last: earlier in this sentence, else earlier in the document.
    const inSentence = [...before(m).matchAll(/(?<![\w$.,])(1[5-9]\d\d|20\d\d)(?![\w%])/g)].pop();
    const base = inSentence ? +inSentence[1]! : ctx.focus.year;
    if (base === undefined) return undefined;
    const w = m.groups!.x!.toLowerCase();
    const shift = /following|next/.test(w) ? 1 : /previous|preceding/.test(w) ? -1 : 0;
    return fmtYear(base + shift);
  }),
  R('year-end', String.raw`${B}(?<x>(?:the\s+)?year[- ]end|year['’]s end|the end of the year|the (?:full|fiscal|current fiscal|calendar|latest fiscal|current)\s+year|the year)(?!\s+(?:ago|earlier|before|later))(?!-)${E}`, (g, ctx, m) => {
    if (/^the year$/i.test(m.groups!.x!) && /^\s*(?:['’]s|of|in|when|that|before|after|two|nineteen|\d)/i.test(after(m))) return undefined;
    return fmtYear(ctx.anchor.y);
  }),
  R('end-of-unit', String.raw`${B}(?<x>the (?:end|beginning|start|middle) of (?:the|this) (?<u>month|week))${E}`, (g, ctx) => relativeUnit(unitOf(g.u!)!, 0, ctx)),
  R('weekend', String.raw`${B}(?<x>the\s+weekend)${E}`, (g, ctx) => {
    return ctx.tense === 'future' ? relativeUnit('weekend', 0, ctx) : relativeUnit('weekend', -1, ctx);
  }),
  R('season', String.raw`${B}(?<x>(?:(?<w>this past|this coming|this|last|next|the|early|late|mid)[- ](?:(?:early|late)\s+)?)?(?<s>spring|summer|fall|autumn|winter)(?:,?\s+(?:of\s+)?(?<y>${YEAR}))?)${E}`, (g, ctx, m) => {
    const code = SEASONS[g.s!.toLowerCase()]!;
    if (g.y) { const y = yearOf(g.y); return y === null ? undefined : `${fmtYear(y)}-${code}`; }
    const w = (g.w ?? '').toLowerCase();
    if (!w) return undefined;
    if (w === 'the' || w === 'early' || w === 'late' || w === 'mid') {
      // "the fall of the regime", "prices fall": only a season after a time preposition.
      if (code === 'FA' && !/(?:in|during|by|until|since|over|this|through)\s+$/i.test(before(m))) return undefined;
      if (/^\s+of\b/.test(after(m))) return undefined;
      return resolveSeason(code, ctx, null);
    }
    if (w === 'this past') return resolveSeason(code, { ...ctx, tense: 'past' }, null);
    return resolveSeason(code, ctx, w === 'this' ? 0 : w === 'last' ? -1 : w === 'this coming' ? 0 : 1);
  }),

];
