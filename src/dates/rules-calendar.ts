// Date rules: explicit calendar dates, months, weekdays, holidays, days named relative to today.
import { monthOf, weekdayOf, yearOf, MON, WDAY, DAYNUM, YEAR } from './lexicon.js';
import { dayValue, relativeUnit, resolveHoliday, resolveMonth, resolveMonthDay, resolveWeekday, shiftedMonth, shiftedWeekday } from './normalize.js';
import { fmtMonth, parseDay, weekInterval } from './calendar.js';
import { R, B, E, MODS, YREF, PART, REL, day, shiftOf, yearRef, before, type Rule } from './rule-kit.js';

export const CALENDAR_RULES: Rule[] = [
  // ---- explicit calendar dates
  R('month-day-year', String.raw`${B}(?<x>(?:${WDAY},?\s+)?(?<mon>${MON})\s+(?<d>${DAYNUM}),?\s+(?<y>${YEAR}))`, (g) => {
    const m = monthOf(g.mon!), y = yearOf(g.y!);
    return m && y ? dayValue(y, m, day(g.d)) : undefined;
  }),
  R('day-month-year', String.raw`${B}(?<x>(?<d>${DAYNUM})\s+(?<mon>${MON}),?\s+(?<y>${YEAR}))`, (g) => {
    const m = monthOf(g.mon!), y = yearOf(g.y!);
    return m && y ? dayValue(y, m, day(g.d)) : undefined;
  }),
  R('numeric-date', String.raw`${B}(?<x>(?<m>0?[1-9]|1[0-2])/(?<d>[0-3]?\d)/(?<y>\d{4}|\d{2}))(?![\w/])`, (g) => {
    let y = +g.y!;
    if (g.y!.length === 2) y += y < 30 ? 2000 : 1900;
    return dayValue(y, +g.m!, +g.d!);
  }),
  R('iso-date', String.raw`(?<![\w/.-])(?<x>(?<y>1[5-9]\d\d|20\d\d)-(?<m>0[1-9]|1[0-2])-(?<d>[0-2]\d|3[01]))(?=T\d|[^\w/-]|$)(?!\.\d)`, (g) => dayValue(+g.y!, +g.m!, +g.d!)),
  // "March 1-2", "May 27-29, 2025": an interval of days in one month.
  R('month-day-range', String.raw`${B}(?<x>(?<mon>${MON})\s+(?<a>[12]\d|3[01]|0?[1-9])\s?[-–]\s?(?<b>${DAYNUM})(?:,?\s+(?<y>${YEAR}))?)(?![\w-]|[.,]\d)`, (g, ctx) => {
    const m = monthOf(g.mon!), a = +g.a!, b = day(g.b);
    if (!m || b <= a) return undefined;
    const y = g.y ? yearOf(g.y) : Number(resolveMonthDay(m, a, ctx)?.slice(0, 4));
    const from = y ? dayValue(y, m, a) : undefined, to = y ? dayValue(y, m, b) : undefined;
    return from && to ? `${from}/${to}` : undefined;
  }),
  R('month-day', String.raw`${B}(?<x>(?:(?:this coming\s+)?${WDAY},?\s+)?(?<mon>${MON})\s+(?<d>${DAYNUM}))(?!\s*(?:[,:]\s*)?\d|%)`, (g, ctx) => {
    const m = monthOf(g.mon!);
    return m ? resolveMonthDay(m, day(g.d), ctx) : undefined;
  }),
  R('day-month', String.raw`${B}(?<x>(?<d>${DAYNUM})\s+(?<mon>${MON}))(?!\s*,?\s*\d)`, (g, ctx) => {
    const m = monthOf(g.mon!);
    return m && m !== 5 ? resolveMonthDay(m, day(g.d), ctx) : undefined;
  }),
  R('month-year', String.raw`${B}(?<x>(?:${MODS}[- ]?)?(?<mon>${MON}),?\s+(?:of\s+)?(?<y>${YREF}))${E}`, (g, ctx) => {
    const m = monthOf(g.mon!), y = yearRef(g.y, ctx);
    return m && y !== null ? fmtMonth(y, m) : undefined;
  }),
  R('shifted-month', String.raw`${B}(?<x>(?<w>${REL})\s+(?<mon>${MON}))(?!\.?\s*\d)`, (g, ctx) => {
    const m = monthOf(g.mon!), shift = shiftOf(g.w);
    return m && shift !== null ? shiftedMonth(m, shift, ctx) : undefined;
  }),
  R('month', String.raw`${B}(?<x>(?:${MODS}[- ]?)?(?<mon>${MON}))`, (g, ctx, m) => {
    const mon = monthOf(g.mon!);
    if (!mon) return undefined;
    // "May" and "March" alone are dates only where a date fits: after a preposition or modifier.
    if ((mon === 5 || mon === 3) && m[0] === g.mon && !/(?:in|by|since|until|till|through|during|of|from|to|before|after|early|late|mid|end|and|or)[- ]$/i.test(before(m))) return undefined;
    return resolveMonth(mon, ctx);
  }),

  // ---- weekdays, holidays and days named relative to today
  R('shifted-weekday', String.raw`${B}(?<x>(?<w>${REL})\s+(?<wd>${WDAY})${PART})`, (g, ctx) => {
    const wd = weekdayOf(g.wd!), shift = shiftOf(g.w);
    return wd === null || shift === null ? undefined : shiftedWeekday(wd, shift, ctx);
  }),
  R('weekday', String.raw`${B}(?<x>(?:(?:early|late|earlier|later)\s+)?(?<wd>${WDAY})${PART})(?!['’]s\s+\w+\s+(?:ago|earlier))`, (g, ctx) => {
    const wd = weekdayOf(g.wd!);
    return wd === null ? undefined : resolveWeekday(wd, ctx);
  }),
  R('deictic-day', String.raw`${B}(?<x>(?:(?:early|late|earlier|later)\s+)?(?<w>today|yesterday|tomorrow|tonight|the day before yesterday|the day after tomorrow)${PART})${E}`, (g, ctx) => {
    const w = g.w!.toLowerCase();
    const shift = w === 'today' || w === 'tonight' ? 0 : w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : w.includes('before') ? -2 : 2;
    return relativeUnit('day', shift, ctx);
  }),
  R('part-of-today', String.raw`${B}(?<x>(?<w>this|last|tomorrow|yesterday)\s+(?<p>morning|afternoon|evening|night))${E}`, (g, ctx) => {
    const w = g.w!.toLowerCase(), p = g.p!.toLowerCase();
    if (w === 'this' && p === 'night') return undefined;
    const shift = w === 'this' ? 0 : w === 'tomorrow' ? 1 : w === 'yesterday' ? -1 : p === 'night' ? -1 : undefined;
    return shift === undefined ? undefined : relativeUnit('day', shift, ctx);
  }),
  R('week-of', String.raw`${B}(?<x>the\s+week\s+of\s+(?<mon>${MON})\s+(?<d>${DAYNUM}))(?!\s*,?\s*\d)`, (g, ctx) => {
    const m = monthOf(g.mon!);
    const v = m ? resolveMonthDay(m, day(g.d), ctx) : undefined;
    const d = v ? parseDay(v) : null;
    return d ? weekInterval(d) : undefined;
  }),
  R('holiday', String.raw`${B}(?<x>(?:(?<w>last|next|this)\s+)?(?<h>Christmas(?: Eve| Day)?|New Year['’]s(?: Day| Eve)?|Thanksgiving(?: Day)?|Independence Day|Election Day))${E}`, (g, ctx) => {
    if (!/^[A-Z]/.test(g.h!)) return undefined;
    const shift = shiftOf(g.w);
    return resolveHoliday(g.h!, shift === null || shift === 0 ? ctx : { ...ctx, tense: shift < 0 ? 'past' : 'future' });
  }),
  R('focus-day', String.raw`${B}(?<x>(?:(?:earlier|later)\s+)?(?:that|the same)\s+(?:same\s+)?day)${E}`, (g, ctx) => ctx.focus.day ?? undefined),

];
