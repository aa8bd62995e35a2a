// Small UTC calendar helpers: days, ISO weeks, quarters, ISO 8601 strings.

/** A calendar day (month 1-12). */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function parseDay(s: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const day = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return isValidDay(day) ? day : null;
}

export function isValidDay(x: Day): boolean {
  return x.m >= 1 && x.m <= 12 && x.d >= 1 && x.d <= daysInMonth(x.y, x.m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const toDate = (x: Day) => new Date(Date.UTC(x.y, x.m - 1, x.d));
const fromDate = (t: Date): Day => ({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });

export function addDays(x: Day, n: number): Day {
  return fromDate(new Date(toDate(x).getTime() + n * 864e5));
}

export function addMonths(x: Day, n: number): Day {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12), m = (total % 12) + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(x: Day): number {
  return toDate(x).getUTCDay();
}

export function compare(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function fmtDay(x: Day): string {
  return `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function fmtYear(y: number): string {
  return pad(y, 4);
}

/** Monday of the ISO week holding x. */
export function mondayOf(x: Day): Day {
  return addDays(x, -((weekday(x) + 6) % 7));
}

/** The ISO week holding x, as Monday/Sunday interval (what a reader can check against a calendar). */
export function weekInterval(x: Day): string {
  const mon = mondayOf(x);
  return `${fmtDay(mon)}/${fmtDay(addDays(mon, 6))}`;
}

/** ISO week-numbering year and week of x. */
export function isoWeek(x: Day): { y: number; w: number } {
  const thu = addDays(mondayOf(x), 3);
  const jan1 = { y: thu.y, m: 1, d: 1 };
  const w = Math.floor((toDate(thu).getTime() - toDate(jan1).getTime()) / (7 * 864e5)) + 1;
  return { y: thu.y, w };
}

export function fmtWeek(x: Day): string {
  const { y, w } = isoWeek(x);
  return `${pad(y, 4)}-W${pad(w)}`;
}

export function quarterOf(x: Day): number {
  return Math.floor((x.m - 1) / 3) + 1;
}

/** Quarter arithmetic: { y, q } shifted by n quarters. */
export function shiftQuarter(y: number, q: number, n: number): { y: number; q: number } {
  const total = y * 4 + (q - 1) + n;
  return { y: Math.floor(total / 4), q: (total % 4) + 1 };
}
