// compromise-dates wrapper: the library on one piece of text, with offsets and resolved start/end.
// It throws what the library throws (3.9: "t.isValid is not a function"); index.ts catches per sentence.
import { nlpDates } from '../nlp/index.js';

export interface RawDate {
  /** UTF-16 offsets into the sentence text given. */
  start: number;
  end: number;
  text: string;
  /** compromise-dates' start/end (ISO date-times), when it resolved the phrase. */
  from?: string;
  to?: string;
}

interface DatesView {
  dates(opts: { today: string }): { json(opts: { offset: boolean }): unknown };
}

interface DateJson {
  text: string;
  offset: { start: number; length: number };
  dates?: { start?: string; end?: string };
}

/** How much text has gone through compromise-dates in this process (for measuring the pre-filters). */
export const libStats = { calls: 0, chars: 0 };

/** Dates compromise-dates finds in `text`, resolved against `today` (YYYY-MM-DD). Throws what the library throws. */
export function compromiseDates(text: string, today: string): RawDate[] {
  libStats.calls++;
  libStats.chars += text.length;
  const doc = nlpDates()(text) as unknown as DatesView;
  const json = doc.dates({ today }).json({ offset: true }) as DateJson[];
  return json.map((m) => ({
    start: m.offset.start,
    end: m.offset.start + m.offset.length,
    text: text.slice(m.offset.start, m.offset.start + m.offset.length),
    from: m.dates?.start,
    to: m.dates?.end,
  }));
}
