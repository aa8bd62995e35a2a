import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/segment/index.js';
import { recognize } from '../../src/ner/index.js';
import type { FoundMention } from '../../src/types.js';

function find(text: string): FoundMention[] {
  return recognize(segment(text));
}
const names = (ms: FoundMention[], type?: FoundMention['type']): string[] =>
  ms.filter((m) => !type || m.type === type).map((m) => m.text);

test('spans are exact slices of the text with the sentence index', () => {
  const text = 'Markets were calm.\nOlaf Scholz spoke in Berlin on Monday.';
  for (const m of find(text)) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.equal(m.sentence, 1);
  }
});

test('a full name is one person', () => {
  const ms = find('Olaf Scholz spoke to reporters in Berlin on Monday.');
  assert.deepEqual(names(ms, 'person'), ['Olaf Scholz']);
  assert.deepEqual(names(ms, 'place'), ['Berlin']);
});

test('a title stays out of the name and is reported as the title', () => {
  const ms = find('German Chancellor Olaf Scholz said on Tuesday that talks would continue.');
  const p = ms.find((m) => m.type === 'person');
  assert.ok(p, 'person found');
  assert.equal(p.text, 'Olaf Scholz');
  assert.equal(p.title, 'Chancellor');
});

test('a two-word title and an abbreviated one', () => {
  const ms = find('Foreign Minister Sergei Lavrov met Dr. Ahmed Hassan in Cairo.');
  const lavrov = ms.find((m) => m.text === 'Sergei Lavrov');
  assert.ok(lavrov, JSON.stringify(ms));
  assert.equal(lavrov.type, 'person');
  assert.equal(lavrov.title, 'Foreign Minister');
  const hassan = ms.find((m) => m.text === 'Ahmed Hassan');
  assert.ok(hassan, JSON.stringify(ms));
  assert.equal(hassan.title, 'Dr.');
});

test('possessives and trailing punctuation are not part of a name', () => {
  const ms = find("Germany's economy shrank, said Angela Merkel's spokesman, citing the Bundesbank.");
  for (const m of ms) assert.doesNotMatch(m.text, /['’]s$|[,.]$/);
  assert.ok(names(ms, 'place').includes('Germany'));
  assert.ok(names(ms, 'person').includes('Angela Merkel'));
});

test('a curly possessive is trimmed too', () => {
  const ms = find('Poland’s president, Andrzej Duda, visited Kyiv.');
  assert.ok(names(ms, 'place').includes('Poland'), JSON.stringify(ms));
  assert.ok(names(ms, 'person').includes('Andrzej Duda'), JSON.stringify(ms));
});

test('"Secretary of State" is one title', () => {
  const ms = find('Secretary of State Antony Blinken arrived in Tokyo on Monday.');
  const p = ms.find((m) => m.type === 'person');
  assert.ok(p, JSON.stringify(ms));
  assert.equal(p.text, 'Antony Blinken');
  assert.equal(p.title, 'Secretary of State');
});

test('an initial stays with its surname', () => {
  const ms = find('Bangladesh 245 (A. Rahman 88, T. Iqbal 45), Kenya 120.');
  const people = names(ms, 'person');
  assert.ok(people.includes('A. Rahman') && people.includes('T. Iqbal'), JSON.stringify(ms));
});

test('a name never runs across a comma or bracket', () => {
  const ms = find('Lindsay Davenport (U.S.) beat Jana Novotna, Martina Hingis and Steffi Graf.');
  for (const m of ms) assert.doesNotMatch(m.text, /[,()]/);
  const people = names(ms, 'person');
  for (const n of ['Lindsay Davenport', 'Jana Novotna', 'Martina Hingis', 'Steffi Graf']) assert.ok(people.includes(n), `${n} in ${JSON.stringify(ms)}`);
});

test('no leading article', () => {
  const ms = find('The talks were hosted by the United Nations in Geneva.');
  assert.ok(names(ms, 'organization').includes('United Nations'), JSON.stringify(ms));
  for (const m of ms) assert.doesNotMatch(m.text, /^the /i);
});

test('ALL-CAPS headline', () => {
  const ms = find('RUSSIA SAYS TALKS WITH UKRAINE STALLED\nMOSCOW 2024-03-01\nRussia said on Friday that talks with Ukraine had stalled.');
  const places = names(ms, 'place');
  assert.ok(places.includes('RUSSIA') || places.includes('UKRAINE'), JSON.stringify(ms));
  assert.ok(places.includes('MOSCOW'), JSON.stringify(ms));
});

test('an organisation compromise does not know', () => {
  const ms = find('Frontex said on Monday that crossings had fallen. A Frontex spokesman declined to comment.');
  assert.ok(names(ms, 'organization').includes('Frontex'), JSON.stringify(ms));
});

test('transliterated Arabic, Russian and Spanish names', () => {
  const ms = find('Mohammed bin Salman met Vladimir Zhirinovsky and Andres Manuel Lopez Obrador in Riyadh on Sunday.');
  const people = names(ms, 'person');
  for (const n of ['Vladimir Zhirinovsky', 'Andres Manuel Lopez Obrador']) assert.ok(people.includes(n), `${n} in ${JSON.stringify(ms)}`);
  assert.ok(people.some((p) => p.startsWith('Mohammed')), JSON.stringify(ms));
  assert.ok(names(ms, 'place').includes('Riyadh'));
});

test('a long run of capitalised words does not become one giant name', () => {
  for (const m of find('Word '.repeat(300) + 'end.')) assert.ok(m.text.split(' ').length <= 12, m.text.slice(0, 80));
});

test('empty and name-less text', () => {
  assert.deepEqual(find(''), []);
  assert.deepEqual(find('it was a quiet day and nothing happened.'), []);
});

test('towns and regions the packages miss are places: "Khan Younis", "Deir al-Balah", "North Darfur"', () => {
  const ms = find('Strikes on Khan Younis and Deir al-Balah killed 30 people, while fighting in North Darfur displaced thousands.');
  assert.deepEqual(names(ms, 'place'), ['Khan Younis', 'Deir al-Balah', 'North Darfur']);
  assert.deepEqual(names(ms, 'person'), []);
});
