// Datelines written for these tests, in the shapes wire services and papers print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateline } from '../../src/segment/dateline.js';
import { segment } from '../../src/segment/index.js';

/** The dateline's text and its parts' texts, or null. */
function parts(text: string) {
  const d = findDateline(text);
  if (!d) return null;
  const at = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return { span: at(d), place: at(d.place), region: at(d.region), date: at(d.date), agency: at(d.agency), mark: at(d.mark) };
}

test('a place, its country, an agency and a dash', () => {
  assert.deepEqual(parts('KYIV, Ukraine (Wirepress) — Talks on the grain corridor resumed.'), {
    span: 'KYIV, Ukraine (Wirepress) —', place: 'KYIV', region: 'Ukraine', date: null, agency: 'Wirepress', mark: '—',
  });
});

test('a place and a dash alone, in each dash newsrooms type', () => {
  for (const mark of ['—', '--', '-', '–', '―']) {
    assert.deepEqual(parts(`WASHINGTON ${mark} The committee met behind closed doors.`)?.place, 'WASHINGTON', mark);
  }
  assert.equal(parts('ST. LOUIS ― The bridge reopened.')?.place, 'ST. LOUIS');
  assert.equal(parts('DAR ES SALAAM, Tanzania (Wirepress) _ The port was shut.')?.region, 'Tanzania');
});

test('a date either way round, with or without its year', () => {
  assert.deepEqual(parts('LONDON, March 3 (Wirepress) - Shares fell in early trading.'), {
    span: 'LONDON, March 3 (Wirepress) -', place: 'LONDON', region: null, date: 'March 3', agency: 'Wirepress', mark: '-',
  });
  assert.equal(parts('LONDON, 12 March - The talks broke up.')?.date, '12 March');
  assert.deepEqual(parts('MONTREAL, Que., Sept. 26, 2016 (Wirepress) — The strike ended.'), {
    span: 'MONTREAL, Que., Sept. 26, 2016 (Wirepress) —', place: 'MONTREAL', region: 'Que.', date: 'Sept. 26, 2016', agency: 'Wirepress', mark: '—',
  });
});

test("AP's underscore, a colon, and a dash that ends its line", () => {
  assert.equal(parts('THE HAGUE, Netherlands (Wirepress)_ The court ruled.')?.mark, '_');
  assert.equal(parts('Floods close roads\n\nLAGOS: The governor said the roads would reopen.')?.place, 'LAGOS');
  const text = '\nHAVANA, August 7 (Wirepress) --\n\nThe ministry said the harvest was late.';
  const d = findDateline(text)!;
  assert.deepEqual([d.start, text.slice(d.end).trimStart().slice(0, 12)], [1, 'The ministry']);
});

test('a place in ordinary case is a dateline only with a date; with a date or an agency the story may open in capitals', () => {
  assert.equal(parts('New Delhi, March 4 (Wirepress) - Police said two men were held.')?.place, 'New Delhi');
  assert.equal(parts('NEW YORK, Dec. 11 (Wirepress) — NBA players met on Thursday.')?.place, 'NEW YORK');
  assert.equal(parts('CHICAGO (Wirepress) — FBI agents searched the office.')?.agency, 'Wirepress');
});

test('ordinary first sentences, headlines, slugs and table rows are no dateline', () => {
  for (const text of [
    'Washington said on Monday it would act.',
    'Washington - a city of monuments - braced for the storm.',
    'Pence: The Debate Is Over.',
    'NATO said on Monday it would meet.',
    'CRICKET - ENGLAND WIN SERIES.',
    'TOTAL -- 83,008 60,131',
    'Lyon (France) - then home.',
    'Friday, August 30:\nHome team 2 Visitors 1.',
    'PREVIOUSLY:\nThe council met twice.',
  ]) assert.equal(findDateline(text), null, text);
});

test('a transcript turn is no colon dateline', () => {
  assert.equal(findDateline('Interview.\n\nJOHN MCCAIN: I think the bill will pass.\n\nHOST: Thank you.'), null);
});

test('the dateline is near the top; after a slug or a label, the last line that could be one', () => {
  assert.equal(findDateline(`${'The committee met again. '.repeat(20)}\n\nWASHINGTON — The vote was delayed.`), null);
  assert.equal(parts('RUGBY UNION - Champions relive their win.\nPRETORIA, Aug 25 - The squad revisited the ground.')?.place, 'PRETORIA');
  assert.equal(parts('EXCLUSIVE: Minister says taxes will rise\n\nNEW DELHI: The finance minister said taxes would rise.')?.place, 'NEW DELHI');
});

test('the segmented document carries its dateline', () => {
  const text = 'Headline\n\nBERLIN (Wirepress) — The coalition agreed a budget.';
  const seg = segment(text);
  assert.equal(text.slice(seg.dateline!.place.start, seg.dateline!.place.end), 'BERLIN');
  assert.equal(segment('Berlin agreed a budget on Monday.').dateline, null);
});
