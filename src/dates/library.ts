// compromise-dates as a fallback: asked only about sentences where, after the grammar, a month with a
// day, a weekday or a holiday is still unexplained; its finds are kept only where the grammar found nothing.
import type { RawDate } from './parse.js';

// A day named: a month's name or abbreviation (not "Marino", "Mayor") with a day number, a weekday,
// a holiday. Alone, words compromise-dates also reads as dates ("fall", "morning", "factory", "this
// march") are not.
const MONTH_DAY = String.raw`\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?\s+\d`;
const DAY_NAMED = String.raw`${MONTH_DAY}|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Christmas|Easter|Thanksgiving|New Year)\b`;

// What sends a sentence to compromise-dates: a day named that the grammar left unexplained. A bare
// year it left alone is its decision (far from the article's time, a year needs a time preposition):
// asking the library about each costs ~20 ms and, on news and history listings, adds hardly a date
// (one on TimeBank dev).
const ASK = new RegExp(DAY_NAMED);

// What makes a compromise-dates find worth keeping: a day named, or a number that can be a year
// (1800-2099, and not one that counts or measures: "2042 tonnes", "1974 people", "1863 million").
const QUANTITY = String.raw`\s*(?:%|(?:per\s?cent|percent|hundred|thousand|million|billion|trillion|people|persons|residents|civilians|troops|soldiers|workers|children|refugees|cases|deaths|votes|homes|houses|units|tonnes|tons|barrels|litres|liters|metres|meters|km|kilometres|kilometers|miles|hectares|acres|kg|dollars|euros|pounds|yuan|rubles|roubles)\b)`;
export const DATEISH = new RegExp(String.raw`${DAY_NAMED}|\b(?:1[89]|20)\d\d\b(?!${QUANTITY})`);

/** Does text left over after the grammar still name a day? Only then is compromise-dates asked. */
export function needsLibrary(leftover: string): boolean {
  return ASK.test(leftover);
}

const LONG = 600;
const MARGIN = 80;

/**
 * The pieces of a sentence to give compromise-dates: the whole sentence when it is of normal length, else
 * a window around each unexplained date-like word (compromise's cost grows fast with a run-on "sentence").
 */
export function libraryWindows(leftover: string): [number, number][] {
  if (leftover.length <= LONG) return [[0, leftover.length]];
  const out: [number, number][] = [];
  const re = new RegExp(ASK.source, 'g');
  for (const m of leftover.matchAll(re)) {
    let a = Math.max(0, m.index - MARGIN), b = Math.min(leftover.length, m.index + m[0].length + MARGIN);
    while (a > 0 && !/\s/.test(leftover[a - 1]!)) a--;
    while (b < leftover.length && !/\s/.test(leftover[b]!)) b++;
    const last = out[out.length - 1];
    if (last && a <= last[1] && b - last[0] <= LONG) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

export function libraryValue(text: string, r: RawDate): string | undefined {
  if (!DATEISH.test(text)) return undefined;
  const a = r.from?.slice(0, 10), b = r.to?.slice(0, 10);
  if (!a) return undefined;
  return !b || a === b ? a : `${a}/${b}`;
}
