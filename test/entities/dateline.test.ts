import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agencyInDateline, placeInDateline } from '../../src/entities/dateline.js';
import type { FoundMention } from '../../src/types.js';

const typeOf = (text: string, name: string, type: FoundMention['type'] = 'place'): string => {
  const start = text.indexOf(name);
  return agencyInDateline({ type, start, end: start + name.length, text: name, sentence: 0 }, text).type;
};

test('the bracketed name before a dateline dash is the agency', () => {
  assert.equal(typeOf('KYIV, March 14 (Newswire) - Talks stalled.', 'Newswire'), 'organization');
  assert.equal(typeOf('Headline\nVIENNA (Wirepress) – The agency met.', 'Wirepress', 'person'), 'organization');
});

test('brackets elsewhere are left alone', () => {
  assert.equal(typeOf('He flew from Lyon (France) - then home.', 'France'), 'place');
  assert.equal(typeOf('The talks in Vienna (Austria) ended.', 'Austria'), 'place');
});

test('the name in capitals that opens a dateline is the place it was filed from', () => {
  const placeOf = (text: string, name: string, type: FoundMention['type']): string => {
    const start = text.indexOf(name);
    return placeInDateline({ type, start, end: start + name.length, text: name, sentence: 0 }, text).type;
  };
  assert.equal(placeOf('Headline\nLONDON, 3 December - Talks resumed.', 'LONDON', 'organization'), 'place');
  assert.equal(placeOf('NEW YORK (Wirepress) -- Shares fell.', 'NEW YORK', 'person'), 'place');
  assert.equal(placeOf('VIENNA - The agency met.', 'VIENNA', 'organization'), 'place');
  // the colon many South Asian and African papers print after the place
  assert.equal(placeOf('LAGOS: The governor said roads would reopen.', 'LAGOS', 'organization'), 'place');
  assert.equal(placeOf('Headline\nKARACHI, March 3: Police said two men were held.', 'KARACHI', 'person'), 'place');
  // not in running text, and not a name in ordinary case
  assert.equal(placeOf('Officials at NATO - the alliance - met.', 'NATO', 'organization'), 'organization');
  assert.equal(placeOf('NATO said on Monday it would meet.', 'NATO', 'organization'), 'organization');
  assert.equal(placeOf('London - a city of rain.', 'London', 'organization'), 'organization');
  assert.equal(placeOf('CRICKET - ENGLAND WIN SERIES.', 'CRICKET', 'organization'), 'organization');
  assert.equal(placeOf('LA PRESSE\n- Exports rose.', 'LA PRESSE', 'organization'), 'organization');
});

test('review: a transcript turn "NAME: ..." is no colon dateline', () => {
  const text = 'Interview.\n\nJOHN MCCAIN: I think the bill will pass.\n\nHOST: Thank you.';
  const start = text.indexOf('JOHN MCCAIN');
  assert.equal(placeInDateline({ type: 'person', start, end: start + 11, text: 'JOHN MCCAIN', sentence: 0 }, text).type, 'person');
});
