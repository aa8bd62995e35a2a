// The sample articles through the real CLI, compared with the committed expected output, and every
// span checked against the text it claims to quote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { decodeSource } from '../../src/read/index.js';
import type { ExtractOutput, OutSpan } from '../../src/types.js';
import { ROOT } from '../helpers/paths.js';
import { assertValidDocument, assertValidOutput } from '../helpers/schema.js';
import { EXPECTED, goldenRun, read } from './run.js';

const run = goldenRun();

test('the sample run exits 0 and writes every format', () => {
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(run.files, ['claims.csv', 'documents.csv', 'entities.csv', 'extract.json', 'extract.jsonl', 'mentions.csv']);
});

for (const file of fs.existsSync(EXPECTED) ? fs.readdirSync(EXPECTED).sort() : []) {
  test(`golden: ${file} matches test/golden/expected (refresh with npm run golden:update)`, () => {
    assert.equal(read(run.out, file), read(EXPECTED, file));
  });
}

test('golden: expected output exists for every file written', () => {
  assert.deepEqual(fs.readdirSync(EXPECTED).sort(), run.files);
});

test('extract.json and every extract.jsonl line match the JSON Schema', () => {
  assertValidOutput(JSON.parse(read(run.out, 'extract.json')));
  for (const line of read(run.out, 'extract.jsonl').trim().split('\n')) assertValidDocument(JSON.parse(line));
});

test('every mention and claim span quotes its text exactly, in code points', () => {
  const out = JSON.parse(read(run.out, 'extract.json')) as ExtractOutput;
  assert.ok(out.documents.length >= 6);
  let spans = 0;
  for (const doc of out.documents) {
    const decoded = decodeSource({ path: doc.path, file: null }, fs.readFileSync(path.join(ROOT, doc.path)));
    assert.ok(decoded.ok);
    const chars = [...decoded.text];
    const check = (s: OutSpan, what: string, mayBeEmpty = false): void => {
      assert.ok(s.start < s.end || (mayBeEmpty && s.start === s.end), `${doc.path}: empty ${what}`);
      assert.equal(chars.slice(s.start, s.end).join(''), s.text, `${doc.path}: ${what} ${s.start}-${s.end}`);
      spans++;
    };
    for (const e of doc.entities) for (const m of e.mentions) check(m, `mention of ${e.id}`);
    for (const c of doc.claims) {
      // Only a claim with no stated source ("reportedly") has an empty source, and it is anonymous.
      check(c.source, 'claim source', c.source.anonymous);
      check(c.cue, 'claim cue');
      check(c.content, 'claim content');
      for (const p of c.content.parts ?? []) check(p, 'claim content part');
      if (c.via) check(c.via, 'claim via');
    }
  }
  assert.ok(spans > 100, `only ${spans} spans checked`);
});
