// The wire dateline that opens a story: "KYIV, Ukraine (Reuters) — ", "WASHINGTON — ", "LONDON, March 3 (AP) -",
// "THE HAGUE, Netherlands (AP)_ ", "LAGOS: ". Names, dates and claims each need it (its place is a place, its
// agency an organization, its day anchors the story, and it is no part of the first sentence's source or
// content), so it is found here once and they read this span.
import { DAY_OF_MONTH, MONTHS, WEEKDAYS } from '../dates/lexicon.js';
import type { Dateline, Span } from '../types.js';

/** A headline, a label or a byline may come first; a dateline further down is another story's. */
const HEAD = 400;

const WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’]*(?:-\p{L}[\p{L}\p{M}.'’]*)*`;
const NAME = String.raw`${WORD}(?:[ \t]+${WORD}){0,2}`;
// place[, region][, date] [(agency)] mark. A dash may end its line (the story then starts below); a colon may
// not ("PREVIOUSLY:" heads a list).
const DATELINE = new RegExp(
  String.raw`[ \t]*(?<place>${NAME})(?:,[ \t]*(?<region>${NAME}))?(?:,[ \t]*(?<date>${DAY_OF_MONTH}))?` +
    String.raw`[ \t]*(?:[(/][ \t]*(?<agency>[^()/\n]{1,40}?)[ \t]*[)/][ \t]*)?(?<mark>--?|[–—―_:])` +
    String.raw`(?:[ \t]+|(?<=[–—―])|(?<!:)[ \t]*\r?\n\s*)(?=\S)`,
  'duy',
);
// Without a date or an agency, the story's first words must be in ordinary case: a slug before a headline in
// capitals ("CRICKET - ENGLAND WIN") or a table's row ("TOTAL -- 83,008") is no dateline.
const SHOUTED = /\p{Lu}{2}|\d/uy;
// A transcript's turns open with a name in capitals and a colon too ("JOHN MCCAIN: I think ..." then "HOST: ...").
const TURN = /\n[ \t]*\p{Lu}[\p{Lu} .'’-]*:[ \t]/gu;
const calendarWord = (w: string): boolean => {
  const k = w.toLowerCase().replace(/\.$/, '');
  return k in WEEKDAYS || k in MONTHS;
};

/** The document's dateline, or null. When several lines near the top could be one, the last of them is it: a
 *  headline's slug or a label comes before the dateline ("RUGBY UNION - All Blacks win." then "PRETORIA, Aug 25 - ..."). */
export function findDateline(text: string): Dateline | null {
  let found: Dateline | null = null;
  const breaks = /\r\n?|\n/g;
  for (let at = 0; at < HEAD && at < text.length; ) {
    found = datelineAt(text, at) ?? found;
    const br = breaks.exec(text);
    if (!br) break;
    at = br.index + br[0].length;
  }
  return found;
}

function datelineAt(text: string, at: number): Dateline | null {
  DATELINE.lastIndex = at;
  const m = DATELINE.exec(text);
  if (!m) return null;
  const g = m.indices!.groups!;
  const span = (k: string): Span | null => (g[k] ? { start: g[k]![0], end: g[k]![1] } : null);
  const place = span('place')!, mark = span('mark')!, date = span('date');
  const name = text.slice(place.start, place.end);
  // In ordinary case only a date makes the words a dateline ("New Delhi, March 4 (IANS) -", not "Pence: ..."),
  // and a weekday before a date is a heading ("Friday, August 30:").
  const capitals = !/\p{Ll}/u.test(name) && /\p{Lu}{3}/u.test(name);
  if (!capitals && (!date || name.split(/[ \t]+/).some(calendarWord))) return null;
  if (text[mark.start] === ':' && turnElsewhere(text, at)) return null;
  SHOUTED.lastIndex = m.index + m[0].length;
  if (!date && !g.agency && SHOUTED.test(text)) return null;
  return { start: place.start, end: mark.end, place, region: span('region'), date, agency: span('agency'), mark };
}

/** Whether a line other than the one at `at` opens as a transcript's turn does. The first line does not count:
 *  a headline may open with a label ("EXCLUSIVE: Minister says ..." above "NEW DELHI: The minister said ..."). */
function turnElsewhere(text: string, at: number): boolean {
  const headline = text.indexOf('\n', text.search(/\S/));
  if (headline < 0) return false;
  for (const m of text.slice(headline).matchAll(TURN)) if (headline + m.index! + 1 !== at) return true;
  return false;
}
