// findDates: date mentions with ISO 8601 / TimeML values, sentence by sentence.
// Pipeline per sentence: cheap pre-filter (date words at all?) → rule grammar (spans + values) →
// compromise-dates only when a month/weekday/year/holiday name is left unexplained (trimmed, kept where
// the grammar found nothing, caught when it throws) → document focus for "the quarter", "that year".
import type { Diagnostic, FoundMention, Segmented, Sentence } from '../types.js';
import { type Day, fmtDay, parseDay } from './calendar.js';
import { datelineDay } from './dateline.js';
import { type Candidate, findByRules } from './grammar.js';
import type { Ctx, Focus } from './normalize.js';
import { compromiseDates, type RawDate } from './parse.js';
import { mayHoldDate } from './prefilter.js';
import { libraryValue, libraryWindows, needsLibrary } from './library.js';
import { sentenceTenses, tenseAt } from './tense.js';
import { trimSpan } from './trim.js';
import { explicitDayOf, explicitYearOf } from './rules.js';

export function findDates(seg: Segmented, referenceDate: string, diagnostics: Diagnostic[]): FoundMention[] {
  let reference = parseDay(referenceDate);
  if (!reference) {
    reference = parseDay(new Date().toISOString())!;
    diagnostics.push({ code: 'DATE_BAD_REFERENCE', severity: 'warning', message: `reference date "${referenceDate}" is not YYYY-MM-DD; using ${fmtDay(reference)}` });
  }
  const anchor: Day = datelineDay(seg.text, seg.dateline, reference) ?? reference;
  const focus: Focus = {};
  const out: FoundMention[] = [];
  for (const s of seg.sentences) {
    try {
      out.push(...sentenceDates(seg, s, anchor, focus, diagnostics));
    } catch (e) {
      // A bug in one sentence must not cost the document its other dates.
      diagnostics.push({ code: 'DATE_FAILED', severity: 'warning', sentence: s.index, message: `date finding failed on this sentence: ${(e as Error).message}` });
    }
  }
  return out;
}

function sentenceDates(seg: Segmented, s: Sentence, anchor: Day, focus: Focus, diagnostics: Diagnostic[]): FoundMention[] {
  const text = seg.text.slice(s.start, s.end).replace(/[\r\n]/g, ' ');
  if (!mayHoldDate(text)) return [];
  const labels = sentenceTenses(seg, s);
  const ctxAt = (a: number, b: number): Ctx => ({ anchor, focus, sentence: s.index, tense: tenseAt(seg, s, labels, s.start + a, s.start + b) });
  let ruled = findByRules(text, ctxAt);
  // A quarter named in this sentence is what "a year earlier" in the same sentence refers to.
  if (noteQuarters(ruled, focus, s.index)) ruled = findByRules(text, ctxAt);
  const found: Candidate[] = ruled.filter((c) => c.value !== null);
  const leftover = blankOut(text, ruled);
  const lib: RawDate[] = [];
  if (needsLibrary(leftover)) {
    for (const [wa, wb] of libraryWindows(leftover)) {
      for (const r of libraryDates(text.slice(wa, wb), leftover.slice(wa, wb), fmtDay(anchor), s.index, diagnostics)) {
        lib.push({ ...r, start: r.start + wa, end: r.end + wa });
      }
    }
    // Kept only where neither the grammar (dates and claimed not-dates) nor an earlier find has spoken.
    const taken = new Uint8Array(text.length + 1);
    for (const c of ruled) taken.fill(1, c.start, c.end);
    for (const r of lib) {
      const span = trimSpan(text, r.start, r.end);
      if (!span) continue;
      const [a, b] = span;
      if (taken.subarray(a, b).includes(1)) continue;
      const value = libraryValue(text.slice(a, b), r);
      if (!value) continue;
      found.push({ start: a, end: b, value, rule: 'compromise' });
      taken.fill(1, a, b);
    }
  }
  found.sort((x, y) => x.start - y.start);
  noteQuarters(found, focus, s.index);
  for (const c of found) {
    const y = explicitYearOf(c.value!, c.rule);
    if (y !== undefined) focus.year = y;
    const d = explicitDayOf(c.value!, c.rule);
    if (d !== undefined) focus.day = d;
  }
  return found.map((c) => {
    const start = s.start + c.start, end = s.start + c.end;
    return { type: 'date', start, end, text: seg.text.slice(start, end), value: c.value!, sentence: s.index };
  });
}

/** text with the given spans (sorted, disjoint) replaced by spaces: same length, so offsets hold. */
function blankOut(text: string, spans: Candidate[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const c of spans) {
    parts.push(text.slice(at, c.start), ' '.repeat(c.end - c.start));
    at = c.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * compromise-dates on one sentence. When it throws (3.9 does on "a third-quarter"), say so and try once
 * more on the sentence with the grammar's phrases blanked out (same length, so offsets hold).
 */
function libraryDates(text: string, leftover: string, today: string, sentence: number, diagnostics: Diagnostic[]): RawDate[] {
  try {
    return compromiseDates(text, today);
  } catch (e) {
    let retry: RawDate[] | null = null;
    try { retry = compromiseDates(leftover, today); } catch { retry = null; }
    diagnostics.push({
      code: 'DATE_PARSER_FAILED', severity: 'warning', sentence,
      message: `compromise-dates failed on this sentence (${(e as Error).message}); ` +
        (retry ? 'dates recovered from the grammar and a second pass' : 'its dates come from the rule grammar only'),
    });
    return (retry ?? []).map((r) => ({ ...r, text: text.slice(r.start, r.end) }));
  }
}

/** Remember the last quarter the text named; true when one was found. */
function noteQuarters(found: Candidate[], focus: Focus, sentence: number): boolean {
  let any = false;
  for (const c of found) {
    const m = /^(\d{4})-Q([1-4])$/.exec(c.value ?? '');
    if (m && c.rule === 'quarter') { focus.quarter = { y: +m[1]!, q: +m[2]!, sentence }; any = true; }
  }
  return any;
}
