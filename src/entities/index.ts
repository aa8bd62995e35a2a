// entities: people, places and organizations (src/ner) and dates (src/dates), overlaps settled,
// acronyms introduced in the text added, mentions grouped into one entity per thing.
import { findDates } from '../dates/index.js';
import { recognize } from '../ner/index.js';
import type { Diagnostic, DocEntity, FoundMention, Segmented } from '../types.js';
import { acronymMentions } from './acronyms.js';
import { cleanMention } from './clean.js';
import { inDateline } from './dateline.js';
import { groupMentions } from './group.js';

export function sentenceFinder(seg: Segmented): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = seg.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (seg.sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  };
}

/** Where a name and a date overlap, the longer span wins; on a tie, the name. */
export function settleOverlaps(mentions: FoundMention[]): FoundMention[] {
  const ordered = [...mentions].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || (a.type === 'date' ? 1 : 0) - (b.type === 'date' ? 1 : 0) || a.start - b.start,
  );
  // Characters already claimed by a kept mention: one pass, however many mentions a document has.
  const taken = new Uint8Array(mentions.reduce((n, m) => Math.max(n, m.end), 0));
  const kept: FoundMention[] = [];
  for (const m of ordered) {
    if (m.end <= m.start || taken.subarray(m.start, m.end).includes(1)) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function findEntities(seg: Segmented, referenceDate: string, diagnostics: Diagnostic[]): DocEntity[] {
  const names = recognize(seg);
  const dates = findDates(seg, referenceDate, diagnostics);
  const cleaned = [...names, ...dates]
    .map((m) => cleanMention(m, seg.text))
    .filter((m): m is FoundMention => m !== null)
    .map((m) => inDateline(m, seg.dateline));
  const mentions = settleOverlaps(cleaned);
  const { aliases, added } = acronymMentions(seg.text, mentions, sentenceFinder(seg));
  return groupMentions([...mentions, ...added], aliases);
}
