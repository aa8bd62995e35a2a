// Value normalisation: turn the parts of a date phrase into an ISO 8601 / TimeML value, resolving
// what the phrase leaves open (year of "March 4", which "Friday") against the anchor day and tense.
import {
  addDays, addMonths, type Day, fmtDay, fmtMonth, fmtWeek, fmtYear, isValidDay, quarterOf,
  shiftQuarter, weekday, weekInterval,
} from './calendar.js';

export type Tense = 'past' | 'present' | 'future' | 'none';

/** What earlier sentences of the document were talking about, for "the quarter", "a year earlier". */
export interface Focus {
  quarter?: { y: number; q: number; sentence: number };
  /** The last year and day the text named explicitly ("in 1995", "on May 22, 1995"). */
  year?: number;
  day?: string;
}

export interface Ctx {
  anchor: Day;
  /** Tense of the verb nearest the phrase. */
  tense: Tense;
  focus: Focus;
  sentence: number;
}

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade';

const lookingAhead = (t: Tense) => t === 'future';

/** A weekday without a date: the past one in past or undated news, the coming one in future tense. */
export function resolveWeekday(wd: number, ctx: Ctx): string {
  const today = weekday(ctx.anchor);
  if (lookingAhead(ctx.tense)) {
    const ahead = (wd - today + 7) % 7 || 7;
    return fmtDay(addDays(ctx.anchor, ahead));
  }
  const back = (today - wd + 7) % 7;
  return fmtDay(addDays(ctx.anchor, -back));
}

/** A month without a year: the nearest one, leaning the way the tense points (past news → back). */
export function resolveMonth(m: number, ctx: Ctx): string {
  const { y, m: am } = ctx.anchor;
  const here = y * 12 + am;
  const best = nearest([y - 1, y, y + 1].map((yy) => ({ key: yy * 12 + m, yy })), (c) => c.key - here, 9, ctx.tense);
  return fmtMonth(best.yy, m);
}

/** The candidate closest to the anchor, with a penalty for lying the way the tense does not point. */
function nearest<T>(cands: T[], offset: (c: T) => number, penalty: number, tense: Tense): T {
  let best = cands[0] as T, score = Infinity;
  for (const c of cands) {
    const o = offset(c);
    let sc = Math.abs(o);
    if ((tense === 'past' && o > 0) || (tense === 'future' && o < 0)) sc += penalty;
    if (o > 0) sc += 0.01; // ties go to the past: news mostly reports what happened
    if (sc < score) { score = sc; best = c; }
  }
  return best;
}

/** A month and day without a year: the nearest such day, leaning the way the tense points. */
export function resolveMonthDay(m: number, d: number, ctx: Ctx): string | undefined {
  const a = ctx.anchor;
  const cands = [a.y - 1, a.y, a.y + 1].map((y) => ({ y, m, d })).filter(isValidDay);
  if (cands.length === 0) return undefined;
  const t0 = Date.UTC(a.y, a.m - 1, a.d);
  const best = nearest(cands, (x) => (Date.UTC(x.y, x.m - 1, x.d) - t0) / 864e5, 180, ctx.tense);
  return fmtDay(best);
}

/** "last April": the most recent April before this month; "next April": the first after it. */
export function shiftedMonth(m: number, shift: number, ctx: Ctx): string {
  const { y, m: am } = ctx.anchor;
  if (shift < 0) return fmtMonth(m < am ? y : y - 1, m);
  if (shift > 0) return fmtMonth(m > am ? y : y + 1, m);
  return fmtMonth(y, m);
}

/** "last Friday": the one before the anchor day; "next Friday": the one after it; "this Friday": this week's. */
export function shiftedWeekday(wd: number, shift: number, ctx: Ctx): string {
  const today = weekday(ctx.anchor);
  if (shift < 0) return fmtDay(addDays(ctx.anchor, -((today - wd + 7) % 7 || 7)));
  if (shift > 0) return fmtDay(addDays(ctx.anchor, (wd - today + 7) % 7 || 7));
  return resolveWeekday(wd, ctx);
}

/** A holiday with a fixed or computed date, in the year the tense and distance point to. */
export function resolveHoliday(name: string, ctx: Ctx): string | undefined {
  const n = name.toLowerCase().replace(/['’]s/, '').replace(/\s+day$/, '');
  const on = (y: number): Day | undefined => {
    if (n === 'christmas') return { y, m: 12, d: 25 };
    if (n === 'christmas eve') return { y, m: 12, d: 24 };
    if (n === 'new year' || n === 'new year day') return { y, m: 1, d: 1 };
    if (n === 'new year eve') return { y, m: 12, d: 31 };
    if (n === 'independence') return { y, m: 7, d: 4 };
    if (n === 'thanksgiving') { const first = weekday({ y, m: 11, d: 1 }); return { y, m: 11, d: 1 + ((4 - first + 7) % 7) + 21 }; }
    if (n === 'election') { const first = weekday({ y, m: 11, d: 1 }); return { y, m: 11, d: 2 + ((1 - first + 7) % 7) }; }
    return undefined;
  };
  const a = ctx.anchor, t0 = Date.UTC(a.y, a.m - 1, a.d);
  const cands = [a.y - 1, a.y, a.y + 1].map(on).filter((x): x is Day => !!x);
  if (cands.length === 0) return undefined;
  return fmtDay(nearest(cands, (x) => (Date.UTC(x.y, x.m - 1, x.d) - t0) / 864e5, 180, ctx.tense));
}

export function dayValue(y: number, m: number, d: number): string | undefined {
  return isValidDay({ y, m, d }) ? fmtDay({ y, m, d }) : undefined;
}

/** Quarter named without a year: this year's, or last year's when it has not begun and the verb is not future. */
export function resolveQuarter(q: number, ctx: Ctx): string {
  const aq = quarterOf(ctx.anchor);
  const y = q > aq && !lookingAhead(ctx.tense) ? ctx.anchor.y - 1 : ctx.anchor.y;
  return `${fmtYear(y)}-Q${q}`;
}

/** The quarter a report is about: the one the document last named, else the last completed one. */
export function focusQuarter(ctx: Ctx, shiftYears = 0): string {
  const f = ctx.focus.quarter;
  const base = f ? { y: f.y, q: f.q } : shiftQuarter(ctx.anchor.y, quarterOf(ctx.anchor), -1);
  return `${fmtYear(base.y - shiftYears)}-Q${base.q}`;
}

export function hasRecentQuarter(ctx: Ctx): boolean {
  const f = ctx.focus.quarter;
  return !!f && ctx.sentence - f.sentence <= 3;
}

/** this / last / next UNIT: shift 0, -1, +1 from the anchor. */
export function relativeUnit(unit: Unit, shift: number, ctx: Ctx): string | undefined {
  const a = ctx.anchor;
  switch (unit) {
    case 'day': return fmtDay(addDays(a, shift));
    case 'week': return weekInterval(addDays(a, 7 * shift));
    case 'weekend': return `${fmtWeek(addDays(a, 7 * shift))}-WE`;
    case 'month': { const x = addMonths({ ...a, d: 1 }, shift); return fmtMonth(x.y, x.m); }
    case 'quarter': { const x = shiftQuarter(a.y, quarterOf(a), shift); return `${fmtYear(x.y)}-Q${x.q}`; }
    case 'year': return fmtYear(a.y + shift);
    case 'decade': return String(Math.floor((a.y + 10 * shift) / 10));
    default: return undefined;
  }
}

/** N units ago (or from now, n negative), at the unit's granularity. */
export function unitsAgo(n: number, unit: Unit, ctx: Ctx): string | undefined {
  const a = ctx.anchor;
  switch (unit) {
    case 'day': return fmtDay(addDays(a, -n));
    case 'week': return weekInterval(addDays(a, -7 * n));
    case 'month': { const x = addMonths({ ...a, d: 1 }, -n); return fmtMonth(x.y, x.m); }
    case 'quarter': { const x = shiftQuarter(a.y, quarterOf(a), -n); return `${fmtYear(x.y)}-Q${x.q}`; }
    case 'year': return fmtYear(a.y - n);
    case 'decade': return fmtYear(a.y - 10 * n);
    default: return undefined;
  }
}

export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase().replace(/s$/, '');
  return (['day', 'week', 'weekend', 'month', 'quarter', 'year', 'decade'] as string[]).includes(w) ? (w as Unit) : null;
}

/** A season: this year's, or the previous year's when it has not started and the verb is past. */
export function resolveSeason(code: string, ctx: Ctx, shift: number | null): string {
  const startMonth: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
  let y = ctx.anchor.y;
  if (shift !== null) y += shift;
  else if (ctx.tense === 'past' && startMonth[code]! > ctx.anchor.m) y -= 1;
  return `${fmtYear(y)}-${code}`;
}
