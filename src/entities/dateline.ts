// The dateline's place is where the story was filed from, and the name in its brackets the news agency
// that filed it, whatever the tagger thought ("KYIV" read as an organization, "Newswire" as a person).
import type { Dateline, FoundMention } from '../types.js';

export function inDateline(m: FoundMention, dateline: Dateline | null): FoundMention {
  if (!dateline || m.type === 'date') return m;
  const { place, region, agency } = dateline;
  // the tagger may have taken the state in with the place ("CONCORD, N.H.")
  if (m.type !== 'place' && m.start === place.start && (m.end === place.end || m.end === region?.end)) return { ...m, type: 'place' };
  if (m.type !== 'organization' && agency && m.start === agency.start && m.end === agency.end) return { ...m, type: 'organization' };
  return m;
}
