// Wire copy opens with a dateline, "KYIV, March 14 (Agency) - ...": the name in capitals that opens it is
// the place the story was filed from, and the name in brackets before the dash the news agency that
// filed it, whatever the tagger thought.
import type { FoundMention } from '../types.js';

const AGENCY = /^\)\s*[-–—]/;

export function agencyInDateline(m: FoundMention, text: string): FoundMention {
  if (m.type === 'organization' || m.type === 'date' || text[m.start - 1] !== '(' || !AGENCY.test(text.slice(m.end, m.end + 4))) return m;
  // The dateline starts its line: a place in capitals, perhaps a date, and nothing else before.
  const lineStart = Math.max(text.lastIndexOf('\n', m.start) + 1, 0);
  const before = text.slice(lineStart, m.start - 1);
  if (before.length > 60 || !/^\p{Lu}[\p{Lu} .'-]*(,[\p{L}\d .]*)?\s*$/u.test(before)) return m;
  return { ...m, type: 'organization' };
}

/** The rest of a dateline after its place: an optional date after a comma, an optional agency, a dash (or the
 *  colon many South Asian and African papers print, "LAGOS: ..."), and the story's first words in ordinary case
 *  (not "CRICKET - ENGLAND WIN", a headline in capitals). */
const DATELINE_TAIL = /^(,[^\n\-–—(:]{0,30})?[ \t]*(\([^)\n]{1,40}\)[ \t]*)?(--?|[–—:])[ \t]+(?!\p{Lu}{2}|\d)/u;

const DATELINE_HEAD = 400;
const LATER_TURN = /\n[ \t]*\p{Lu}[\p{Lu} .'’-]*:[ \t]/u;

export function placeInDateline(m: FoundMention, text: string): FoundMention {
  if (m.type === 'place' || m.type === 'date' || m.text !== m.text.toUpperCase() || !/\p{Lu}{3}/u.test(m.text)) return m;
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const tail = DATELINE_TAIL.exec(text.slice(m.end, m.end + 80));
  if (text.slice(lineStart, m.start).trim() !== '' || !tail) return m;
  // a colon closes a dateline only at the top of the story, and not in a transcript whose later turns open
  // with a name and a colon too ("JOHN MCCAIN: I think ..." then "HOST: ...")
  if (tail[3] === ':' && (m.start > DATELINE_HEAD || LATER_TURN.test(text.slice(m.end)))) return m;
  return { ...m, type: 'place' };
}
