// A small grammar of English date phrases. Each rule is a regex over one sentence and a function
// giving the phrase's value; a named group `x` (when present) is the reported span. A rule that
// returns null claims its words as "not a date" (durations, vague spans), so nothing else reports them.
// Order matters only on ties: the grammar keeps the longest phrase, then the earlier rule.
import { parseDay } from './calendar.js';
import { CALENDAR_RULES } from './rules-calendar.js';
import { PERIODS_RULES } from './rules-periods.js';
import { RELATIVE_RULES } from './rules-relative.js';
import type { Rule } from './rule-kit.js';

export type { Rule } from './rule-kit.js';
export const RULES: Rule[] = [...CALENDAR_RULES, ...PERIODS_RULES, ...RELATIVE_RULES];

/** Used by index.ts to remember explicit years and days for "that year", "that day". */
export function explicitYearOf(value: string, rule: string): number | undefined {
  if (!/^(?:month-day-year|day-month-year|month-year|year|numeric-date)$/.test(rule)) return undefined;
  const m = /^(\d{4})/.exec(value);
  return m ? +m[1]! : undefined;
}
export function explicitDayOf(value: string, rule: string): string | undefined {
  if (!/^(?:month-day-year|day-month-year|month-day|numeric-date|weekday|deictic-day|shifted-weekday)$/.test(rule)) return undefined;
  return parseDay(value) && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}
