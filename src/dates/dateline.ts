// The day the article speaks from: a date on a short line of its own at the top ("Jan. 8, 1998", "Published:
// 4 March 2025 10:32"), else the day in its dateline ("WASHINGTON, March 4 (Reuters) -"), which the segment
// stage found.
import { type Day, addDays, compare, parseDay } from './calendar.js';
import { DAYNUM, MON, WDAY, YEAR, monthOf, yearOf } from './lexicon.js';
import type { Dateline } from '../types.js';

const HEAD = 400;
const SHORT_LINE = 80;
// A full date on a short line of its own ("Jan. 8, 1998", "Updated: Tuesday, 4 March 2025 10:32 GMT").
const MDY = new RegExp(String.raw`(?:${WDAY},?[ \t]+)?(?<mon>${MON})[ \t]+(?<d>${DAYNUM}),?[ \t]+(?<y>${YEAR})`);
const DMY = new RegExp(String.raw`(?:${WDAY},?[ \t]+)?(?<d>${DAYNUM})[ \t]+(?<mon>${MON}),?[ \t]+(?<y>${YEAR})`);
const ISO = /(?<![\d-])(?<iso>\d{4}-\d{2}-\d{2})(?![\d-])/;
// What may stand beside the date on such a line: a label, a time, a zone, punctuation.
const REST = /^[\s\W]*(?:(?:last\s+)?(?:updated|published|posted|modified|dated?|on)\b[\s:]*)?[\s\W]*(?:T?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|Z|[+-]\d{2}:?\d{2})?)?[\s\W]*$/i;
const alone = (line: string, m: RegExpExecArray) => REST.test(line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length));

function day(y: number, m: number, d: number): Day | null {
  return parseDay(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/** The parts of a dateline's date, "Sept. 26, 2016" or "12 March": its shape is DAY_OF_MONTH's. */
function partsOf(date: string): Record<string, string | undefined> {
  const part = (re: string) => new RegExp(re).exec(date)?.[0];
  return { mon: part(MON), d: part(DAYNUM), y: part(YEAR) };
}

function fromGroups(g: Record<string, string | undefined>, reference: Day): Day | null {
  const mon = monthOf(g.mon!);
  const d = parseInt(g.d!, 10);
  if (!mon) return null;
  if (g.y) {
    const y = yearOf(g.y);
    return y === null ? null : day(y, mon, d);
  }
  // the day the article was filed: the latest such day up to a week after the reference date (a dateline
  // "March 3" read in December is this year's March, not next year's)
  const limit = addDays(reference, 7);
  let best: Day | null = null;
  for (let y = reference.y + 1; y >= reference.y - 4; y--) { // back far enough for a 29 February
    const c = day(y, mon, d);
    if (c && compare(c, limit) <= 0) { best = c; break; }
  }
  return best;
}

/** The article's own date, or null when its top carries none. `reference` fills a missing year. */
export function datelineDay(text: string, dateline: Dateline | null, reference: Day): Day | null {
  const head = text.slice(0, HEAD);
  for (const line of head.split(/\r\n|\n|\r/).slice(0, 6)) {
    if (line.trim().length === 0 || line.length > SHORT_LINE) continue;
    const iso = ISO.exec(line);
    if (iso && alone(line, iso)) return parseDay(iso.groups!.iso!);
    const m = MDY.exec(line) ?? DMY.exec(line);
    if (m && alone(line, m)) return fromGroups(m.groups!, reference);
  }
  const date = dateline?.date;
  return date ? fromGroups(partsOf(text.slice(date.start, date.end)), reference) : null;
}
