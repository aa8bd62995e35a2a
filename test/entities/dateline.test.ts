import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inDateline } from '../../src/entities/dateline.js';
import { findDateline } from '../../src/segment/dateline.js';
import type { FoundMention } from '../../src/types.js';

/** The type a mention of `name` (its first occurrence in `text`) has once the text's dateline is read. */
const typeOf = (text: string, name: string, type: FoundMention['type']): string => {
  const start = text.indexOf(name);
  return inDateline({ type, start, end: start + name.length, text: name, sentence: 0 }, findDateline(text)).type;
};

test('the bracketed name before a dateline dash is the agency', () => {
  assert.equal(typeOf('KYIV, March 14 (Newswire) - Talks stalled.', 'Newswire', 'place'), 'organization');
  assert.equal(typeOf('Headline\nVIENNA (Wirepress) – The agency met.', 'Wirepress', 'person'), 'organization');
  // AP's underscore closes a dateline as a dash does
  assert.equal(typeOf('THE HAGUE, Netherlands (Wirepress)_ The court ruled.', 'Wirepress', 'person'), 'organization');
});

test('brackets elsewhere are left alone', () => {
  assert.equal(typeOf('He flew from Lyon (France) - then home.', 'France', 'place'), 'place');
  assert.equal(typeOf('The talks in Vienna (Austria) ended.', 'Austria', 'place'), 'place');
  assert.equal(typeOf('Lyon (France) - then home.', 'France', 'place'), 'place');
});

test('the name in capitals that opens a dateline is the place it was filed from', () => {
  assert.equal(typeOf('Headline\nLONDON, 3 December - Talks resumed.', 'LONDON', 'organization'), 'place');
  assert.equal(typeOf('NEW YORK (Wirepress) -- Shares fell.', 'NEW YORK', 'person'), 'place');
  assert.equal(typeOf('VIENNA - The agency met.', 'VIENNA', 'organization'), 'place');
  // a dash that ends its line, the story below; AP's underscore
  assert.equal(typeOf('\nBUFFALO, N.Y. (Wirepress) --\n\nThe clinic reopened.', 'BUFFALO', 'organization'), 'place');
  assert.equal(typeOf("O'SMACH, Cambodia (Wirepress)_ The commander fled.", "O'SMACH", 'person'), 'place');
  // the tagger may take the state in with the place
  assert.equal(typeOf('CONCORD, N.H. - Voters lined up.', 'CONCORD, N.H.', 'organization'), 'place');
  // the colon many South Asian and African papers print after the place
  assert.equal(typeOf('LAGOS: The governor said roads would reopen.', 'LAGOS', 'organization'), 'place');
  assert.equal(typeOf('Headline\nKARACHI, March 3: Police said two men were held.', 'KARACHI', 'person'), 'place');
  // not in running text, and not a name in ordinary case
  assert.equal(typeOf('Officials at NATO - the alliance - met.', 'NATO', 'organization'), 'organization');
  assert.equal(typeOf('NATO said on Monday it would meet.', 'NATO', 'organization'), 'organization');
  assert.equal(typeOf('London - a city of rain.', 'London', 'organization'), 'organization');
  assert.equal(typeOf('CRICKET - ENGLAND WIN SERIES.', 'CRICKET', 'organization'), 'organization');
  assert.equal(typeOf('LA PRESSE\n- Exports rose.', 'LA PRESSE', 'organization'), 'organization');
  // a date stays a date
  assert.equal(typeOf('LONDON, 3 December - Talks resumed.', '3 December', 'date'), 'date');
});

test('review: a transcript turn "NAME: ..." is no colon dateline', () => {
  assert.equal(typeOf('Interview.\n\nJOHN MCCAIN: I think the bill will pass.\n\nHOST: Thank you.', 'JOHN MCCAIN', 'person'), 'person');
});
