// The real binary, spawned, on every kind of input a user throws at it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { readJson, runCli, tempDir } from '../helpers/cli.js';
import { testDir, ROOT } from '../helpers/paths.js';
import { assertValidOutput } from '../helpers/schema.js';
import type { ExtractOutput } from '../../src/types.js';

const FIX = testDir('cli', 'fixtures');
const ALL_FILES = ['claims.csv', 'documents.csv', 'entities.csv', 'extract.json', 'mentions.csv'];

function analyse(files: string[], extra: string[] = []) {
  const out = tempDir();
  const r = runCli([...files.map((f) => path.join(FIX, f)), '--out', out, '--reference-date', '2025-03-15', ...extra], { cwd: ROOT });
  const json = fs.existsSync(path.join(out, 'extract.json')) ? readJson<ExtractOutput>(path.join(out, 'extract.json')) : null;
  return { ...r, out, json };
}

test('a good file: exit 0, all five files, schema-valid JSON, summary on stderr, nothing on stdout', () => {
  const r = analyse(['good.txt']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(fs.readdirSync(r.out).sort(), ALL_FILES);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^extract: 1 file \(0 failed\), \d+ entit(y|ies), \d+ claims?, 0 warnings in /m);
  assertValidOutput(r.json);
  assert.equal(r.json!.referenceDate, '2025-03-15');
  const doc = r.json!.documents[0]!;
  assert.equal(doc.status, 'ok');
  assert.ok(doc.entities.some((e) => e.type === 'person' && e.name === 'Maria Lopez'));
});

test('no file matched: exit 2, one line naming the pattern, no output written', () => {
  const out = tempDir();
  const r = runCli([path.join(FIX, '*.nothing'), '--out', out], { cwd: ROOT });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^extract: no file matched ".*\*\.nothing" \[NO_MATCH\]\n$/);
  assert.deepEqual(fs.readdirSync(out), []);
});

test('a binary file beside good ones: exit 1, listed as error, the good file fully analysed', () => {
  const r = analyse(['binary.png', 'good.txt']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /binary\.png: binary file \(contains NUL bytes\); not parsed \[BINARY_FILE\]/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  assertValidOutput(r.json);
  const [bin, good] = r.json!.documents;
  assert.equal(bin!.status, 'error');
  assert.match(bin!.error!, /binary/);
  assert.equal(good!.status, 'ok');
  assert.ok(good!.entities.length >= 2);
  const csv = fs.readFileSync(path.join(r.out, 'documents.csv'), 'utf8');
  assert.match(csv, /binary\.png,error,binary file/);
  assert.match(csv, /good\.txt,ok,,/);
});

test('an empty file: exit 0, a warning naming it, a document with no sentences', () => {
  const r = analyse(['empty.txt']);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /empty\.txt: warning: file has no text \[EMPTY_FILE\]/);
  const doc = r.json!.documents[0]!;
  assert.equal(doc.status, 'ok');
  assert.equal(doc.sentences, 0);
  assert.deepEqual(doc.entities, []);
});

test('UTF-8 with BOM: BOM removed, offsets into the text without it', () => {
  const r = analyse(['bom.txt']);
  assert.equal(r.status, 0);
  const doc = r.json!.documents[0]!;
  assert.equal(doc.encoding, 'utf-8-bom');
  const anna = doc.entities.find((e) => e.name === 'Anna Berg');
  assert.ok(anna);
  assert.equal(anna.mentions[0]!.start, 0);
});

for (const enc of ['utf16le', 'utf16be']) {
  test(`${enc} with BOM is decoded`, () => {
    const r = analyse([`${enc}.txt`]);
    assert.equal(r.status, 0, r.stderr);
    const doc = r.json!.documents[0]!;
    assert.equal(doc.encoding, enc === 'utf16le' ? 'utf-16le' : 'utf-16be');
    assert.ok(doc.entities.some((e) => e.name === 'Pedro Alves'));
  });
}

test('Windows-1252: decoded with a warning, accents intact', () => {
  const r = analyse(['cp1252.txt']);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /cp1252\.txt: warning: not valid UTF-8; decoded as Windows-1252 \[NOT_UTF8\]/);
  const doc = r.json!.documents[0]!;
  assert.equal(doc.encoding, 'windows-1252');
  assert.ok(doc.entities.some((e) => e.name === 'René Dubois'), JSON.stringify(doc.entities.map((e) => e.name)));
});

test('CRLF line endings are kept: offsets count both characters', () => {
  const r = analyse(['crlf.txt']);
  const doc = r.json!.documents[0]!;
  const text = fs.readFileSync(path.join(FIX, 'crlf.txt'), 'utf8');
  assert.equal(doc.sentences, 2);
  const karl = doc.entities.find((e) => e.name === 'Karl Weber')!;
  assert.equal(karl.mentions[0]!.start, text.indexOf('Karl'));
});

test('offsets are code points: an emoji before a name counts as one', () => {
  const r = analyse(['astral.txt']);
  const doc = r.json!.documents[0]!;
  const text = fs.readFileSync(path.join(FIX, 'astral.txt'), 'utf8');
  const lena = doc.entities.find((e) => e.name === 'Lena Novak')!;
  assert.equal([...text].slice(lena.mentions[0]!.start, lena.mentions[0]!.end).join(''), 'Lena Novak');
  assert.equal(lena.mentions[0]!.start, text.indexOf('Lena') - 1);
});

test('output path that is a file: exit 2, message names it, nothing written', () => {
  const dir = tempDir();
  const file = path.join(dir, 'taken');
  fs.writeFileSync(file, 'x');
  const r = runCli([path.join(FIX, 'good.txt'), '--out', file], { cwd: ROOT });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^extract: .*taken: output path exists and is not a directory \[OUTPUT_NOT_DIRECTORY\]\n$/);
  assert.equal(fs.readFileSync(file, 'utf8'), 'x');
});

test('a cache path that is a file: exit 2, message names it; a cache that cannot be written only costs speed', () => {
  const dir = tempDir();
  const file = path.join(dir, 'cache-file');
  fs.writeFileSync(file, 'x');
  const out = path.join(dir, 'out');
  const r = runCli([path.join(FIX, 'good.txt'), '--out', out, '--cache', file], { cwd: ROOT });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^extract: .*cache-file: cache path exists and is not a directory \[CACHE_NOT_DIRECTORY\]\n$/);
  assert.equal(fs.readFileSync(file, 'utf8'), 'x');
  // Below a file, the cache's directory cannot be made: the run writes its outputs all the same.
  const below = runCli([path.join(FIX, 'good.txt'), '--out', out, '--cache', path.join(file, 'sub'), '--quiet'], { cwd: ROOT });
  assert.equal(below.status, 0, below.stderr);
  assert.ok(fs.existsSync(path.join(out, 'extract.json')));
});

test('standard input with -: analysed as <stdin>', () => {
  const out = tempDir();
  const r = runCli(['-', '--out', out, '--format', 'jsonl', '--reference-date', '2025-03-15'], { input: 'Omar Haddad said on Friday that the talks in Cairo had failed.\n' });
  assert.equal(r.status, 0, r.stderr);
  const lines = fs.readFileSync(path.join(out, 'extract.jsonl'), 'utf8').trim().split('\n');
  assert.equal(lines.length, 1);
  const doc = JSON.parse(lines[0]!);
  assert.equal(doc.path, '<stdin>');
  assert.ok(doc.entities.some((e: { name: string }) => e.name === 'Omar Haddad'));
  assert.deepEqual(fs.readdirSync(out), ['extract.jsonl']);
});

test('a missing plain path beside a good file: exit 1, listed as not found', () => {
  const r = analyse(['good.txt', 'missing.txt']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /missing\.txt: no such file \[NOT_FOUND\]/);
  assert.equal(r.json!.documents.length, 2);
  assert.equal(r.json!.documents.find((d) => d.path.endsWith('missing.txt'))!.status, 'error');
});

test('duplicates and shell-expanded lists: each file once, sorted by path', () => {
  const r = analyse(['good.txt', 'bom.txt', 'good.txt'], [path.join(FIX, '{good,bom}.txt')]);
  assert.deepEqual(r.json!.documents.map((d) => path.basename(d.path)), ['bom.txt', 'good.txt']);
});

test('directories matched by a pattern are skipped; --ignore leaves files out', () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'sub.txt'));
  fs.writeFileSync(path.join(dir, 'a.txt'), 'Ana Silva said it rained in Lisbon.\n');
  fs.writeFileSync(path.join(dir, 'b.txt'), 'Ben Cole said it snowed in Denver.\n');
  const out = path.join(dir, 'out');
  const r = runCli(['*.txt', '--ignore', 'b.txt', '--out', out, '--quiet'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.deepEqual(readJson<ExtractOutput>(path.join(out, 'extract.json')).documents.map((d) => d.path), ['a.txt']);
});

test('usage errors exit 2 with one line: unknown option, bad format, bad date, no input', () => {
  const cases: Array<[string[], RegExp]> = [
    [['good.txt', '--bogus'], /Unknown argument: bogus/],
    [['good.txt', '--format', 'xml'], /unknown format "xml".*\[BAD_FORMAT\]/],
    [['good.txt', '--reference-date', '2025-02-30'], /not a calendar date.*\[BAD_REFERENCE_DATE\]/],
    [[], /no input given.*\[USAGE\]/],
  ];
  for (const [args, re] of cases) {
    const r = runCli(args, { cwd: FIX });
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, re);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
});

test('--help shows examples and exit codes; --version prints the version', () => {
  const help = runCli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Examples:/);
  assert.match(help.stdout, /Exit status: 0/);
  const version = runCli(['--version']);
  assert.equal(version.status, 0);
  const pkg = readJson<{ version: string }>(path.join(ROOT, 'package.json'));
  assert.equal(version.stdout.trim(), pkg.version);
});

test('same input and options give byte-identical files', () => {
  const a = analyse(['good.txt', 'crlf.txt', 'astral.txt']);
  const b = analyse(['good.txt', 'crlf.txt', 'astral.txt']);
  for (const f of ALL_FILES) assert.equal(fs.readFileSync(path.join(a.out, f), 'utf8'), fs.readFileSync(path.join(b.out, f), 'utf8'), f);
});

test('--format csv writes only the CSV files, with formula cells escaped', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'f.txt'), '=HYPERLINK("x") Sara Kim said the plan in Seoul was fine.\n');
  const out = path.join(dir, 'out');
  const r = runCli(['f.txt', '--out', out, '--format', 'csv'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(fs.readdirSync(out).sort(), ['claims.csv', 'documents.csv', 'entities.csv', 'mentions.csv']);
  for (const f of fs.readdirSync(out)) {
    const csv = fs.readFileSync(path.join(out, f), 'utf8');
    assert.doesNotMatch(csv, /(^|,)"?[=+@]/m, `${f} has a formula-like cell`);
  }
});

test('a damaged name model: exit 2, one line naming the model file, no output written, whatever the jobs', () => {
  const dir = tempDir();
  const shipped = zlib.gunzipSync(fs.readFileSync(path.join(ROOT, 'model', 'ner.bin.gz')));
  const damaged = {
    'cut.bin.gz': zlib.gzipSync(shipped.subarray(0, shipped.length >> 1)), // a whole gzip of half a model
    'short.bin.gz': fs.readFileSync(path.join(ROOT, 'model', 'ner.bin.gz')).subarray(0, 50_000),
    'garbage.bin.gz': Buffer.from('not a model\n'),
  };
  for (const [name, bytes] of Object.entries(damaged)) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    for (const jobs of ['1', '2']) {
      const out = tempDir();
      const r = runCli([path.join(FIX, 'good.txt'), path.join(FIX, 'crlf.txt'), '--out', out, '--jobs', jobs], { cwd: ROOT, env: { EXTRACT_NER_MODEL: file } });
      assert.equal(r.status, 2, `${name} --jobs ${jobs}: ${r.stderr}`);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.ok(r.stderr.includes(file) && r.stderr.includes('[MODEL_DAMAGED]'), r.stderr);
      assert.deepEqual(fs.readdirSync(out), []);
    }
  }
});
