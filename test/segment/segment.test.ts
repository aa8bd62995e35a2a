import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocks, paragraphs, segment } from '../../src/segment/index.js';

const texts = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

test('sentences keep their punctuation and quotes; offsets index the original text', () => {
  const text = 'KYIV (Newswire) - “We will respond,” he said. Dr. Smith agreed.';
  assert.deepEqual(texts(text), ['KYIV (Newswire) - “We will respond,” he said.', 'Dr. Smith agreed.']);
});

test('a line break ends a headline; CRLF offsets are kept', () => {
  const text = 'FLOODS HIT TOWN\r\nRain fell in Leeds. More is due.\r\n';
  const seg = segment(text);
  assert.deepEqual(texts(text), ['FLOODS HIT TOWN', 'Rain fell in Leeds.', 'More is due.']);
  const leeds = seg.tokens.find((t) => t.normal === 'leeds')!;
  assert.equal(text.slice(leeds.start, leeds.end), 'Leeds');
});

test('a hard-wrapped line does not end the sentence', () => {
  const text = 'The minister said the plan\nwould be published soon. Then he left.';
  assert.deepEqual(texts(text), ['The minister said the plan\nwould be published soon.', 'Then he left.']);
});

test('paragraphs are separated by blank lines; sentences know their paragraph', () => {
  const text = 'One. Two.\n\n \nThree.\r\n\r\nFour.';
  assert.deepEqual(paragraphs(text).map((p) => text.slice(p.start, p.end)), ['One. Two.', 'Three.', 'Four.']);
  assert.deepEqual(segment(text).sentences.map((s) => s.paragraph), [0, 0, 1, 2]);
  assert.equal(blocks('A\nB', { start: 0, end: 3 }).length, 2);
  assert.equal(blocks('a\nb', { start: 0, end: 3 }).length, 1);
});

test('tokens carry compromise tags and point to their sentence', () => {
  const seg = segment('Angela Merkel visited Paris. She left.');
  const paris = seg.tokens.find((t) => t.text === 'Paris')!;
  assert.ok(paris.tags.includes('Place'));
  assert.equal(paris.sentence, 0);
  assert.equal(seg.tokens.at(-1)!.sentence, 1);
  assert.equal(seg.sentences[1]!.firstToken, 4);
  assert.deepEqual(segment('').sentences, []);
});

test('a horizontal bar (―) is a dash, not a word; offsets still index the original text', () => {
  const text = 'WASHINGTON ― The senator left early.';
  const seg = segment(text);
  assert.deepEqual(seg.tokens.map((t) => t.text), ['WASHINGTON', 'The', 'senator', 'left', 'early']);
  assert.equal(text.slice(seg.tokens[1]!.start, seg.tokens[1]!.end), 'The');
  assert.deepEqual(texts(text), [text]);
});

test('a quotation mark glued to a word is read as a space by the tagger, and kept in the tokens around it', () => {
  const text = '“We won,”Okafor said,“again.”';
  const seg = segment(text);
  assert.deepEqual(seg.tokens.map((t) => t.text), ['We', 'won', 'Okafor', 'said', 'again']);
  assert.equal(seg.tokens[1]!.post, ',”');
  assert.equal(seg.tokens[3]!.post, ',“');
});

test('a figure dash between words or numbers is left as it is: "1990‒1995" stays one token', () => {
  const text = 'Prices rose in 1990‒1995 across the region.';
  const seg = segment(text);
  for (const t of seg.tokens) if (t.text !== '') assert.equal(text.slice(t.start, t.end), t.text);
});
