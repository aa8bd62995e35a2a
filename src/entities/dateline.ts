// Wire copy opens with a dateline, "KYIV, March 14 (Agency) - ...": the name in brackets before the
// dash is the news agency that filed the story, an organization whatever the tagger thought.
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
