import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acronymMentions, isAcronymOf } from '../../src/entities/acronyms.js';
import { groupMentions } from '../../src/entities/group.js';
import { settleOverlaps } from '../../src/entities/index.js';
import type { FoundMention } from '../../src/types.js';

function mentionsIn(text: string, list: Array<[string, FoundMention['type'], string?]>): FoundMention[] {
  let from = 0;
  return list.map(([name, type, value]) => {
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, name);
    from = start + name.length;
    return { type, start, end: start + name.length, text: name, sentence: 0, ...(value ? { value } : {}) };
  });
}

test('a later surname joins the full name; the canonical name is the longest form', () => {
  const text = 'Scholz arrived. Olaf Scholz spoke. Later Scholz left.';
  const entities = groupMentions(mentionsIn(text, [['Scholz', 'person'], ['Olaf Scholz', 'person'], ['Scholz', 'person']]), []);
  assert.equal(entities.length, 1);
  assert.equal(entities[0]!.name, 'Olaf Scholz');
  assert.deepEqual(entities[0]!.aliases, ['Scholz']);
  assert.equal(entities[0]!.mentions.length, 3);
});

test('an ambiguous surname stays apart from both full names', () => {
  const text = 'Hillary Clinton and Bill Clinton met. Clinton spoke.';
  const entities = groupMentions(mentionsIn(text, [['Hillary Clinton', 'person'], ['Bill Clinton', 'person'], ['Clinton', 'person']]), []);
  assert.deepEqual(entities.map((e) => e.name), ['Hillary Clinton', 'Bill Clinton', 'Clinton']);
});

test('same name, different types are different entities; dates group by value', () => {
  const text = 'Jordan said Jordan would vote on Friday, and again on 4 March.';
  const entities = groupMentions(
    mentionsIn(text, [['Jordan', 'person'], ['Jordan', 'place'], ['Friday', 'date', '2025-03-07'], ['4 March', 'date', '2025-03-04']]),
    [],
  );
  assert.deepEqual(entities.map((e) => `${e.type}:${e.name}`), ['person:Jordan', 'place:Jordan', 'date:2025-03-07', 'date:2025-03-04']);
  assert.equal(entities[2]!.value, '2025-03-07');
});

test('acronyms: initials of the full name, small words optional', () => {
  assert.ok(isAcronymOf('IAEA', 'International Atomic Energy Agency'));
  assert.ok(isAcronymOf('NATO', 'North Atlantic Treaty Organization'));
  assert.ok(isAcronymOf('WFP', 'World Food Programme'));
  assert.ok(!isAcronymOf('EU', 'World Health Organization'));
});

test('"Full Name (ACRONYM)" makes later uses of the acronym mentions of the same entity', () => {
  const text = 'The International Atomic Energy Agency (IAEA) met. IAEA inspectors left; the IAEAX file is not it.';
  const full = mentionsIn(text, [['International Atomic Energy Agency', 'organization']]);
  const { aliases, added } = acronymMentions(text, full, () => 0);
  assert.deepEqual(added.map((m) => [m.text, m.start]), [['IAEA', text.indexOf('(IAEA)') + 1], ['IAEA', text.indexOf('IAEA inspectors')]]);
  const entities = groupMentions([...full, ...added], aliases);
  assert.equal(entities.length, 1);
  assert.equal(entities[0]!.name, 'International Atomic Energy Agency');
  assert.deepEqual(entities[0]!.aliases, ['IAEA']);
});

test('overlapping mentions: the longer span wins, a name beats a date of the same length', () => {
  const kept = settleOverlaps([
    { type: 'date', start: 0, end: 3, text: 'May', sentence: 0, value: '2025-05' },
    { type: 'person', start: 0, end: 3, text: 'May', sentence: 0 },
    { type: 'place', start: 10, end: 14, text: 'Rome', sentence: 0 },
    { type: 'organization', start: 10, end: 25, text: 'Rome City Council', sentence: 0 },
  ]);
  assert.deepEqual(kept.map((m) => `${m.type}:${m.text}`), ['person:May', 'organization:Rome City Council']);
});

test('a dateline in capitals does not become the display name', () => {
  const text = 'KYIV (Newswire) - Shelling hit Kyiv overnight.';
  const entities = groupMentions(mentionsIn(text, [['KYIV', 'place'], ['Kyiv', 'place']]), []);
  assert.equal(entities.length, 1);
  assert.equal(entities[0]!.name, 'Kyiv');
  assert.deepEqual(entities[0]!.aliases, ['KYIV']);
});

test('a place or person seen only in capitals gets its running-text name; the capitals stay an alias; organizations keep theirs', () => {
  const text = 'VIENNA - Talks resumed. FRONTEX said.';
  const entities = groupMentions(mentionsIn(text, [['VIENNA', 'place'], ['FRONTEX', 'organization']]), []);
  assert.deepEqual(entities.map((e) => [e.name, e.aliases]), [['Vienna', ['VIENNA']], ['FRONTEX', []]]);
});
