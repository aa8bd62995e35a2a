import { createHash } from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decode } from '../../src/read/decode.js';
import { decodeSource } from '../../src/read/index.js';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

test('UTF-8 without and with BOM; the BOM is not part of the text', () => {
  assert.deepEqual(decode(bytes('héllo')), { kind: 'text', text: 'héllo', encoding: 'utf-8', fallback: false });
  assert.deepEqual(decode(bytes([0xef, 0xbb, 0xbf], 'héllo')), { kind: 'text', text: 'héllo', encoding: 'utf-8-bom', fallback: false });
});

test('UTF-16 LE and BE with BOM', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zoë 😀', 'utf16le')]);
  assert.deepEqual(decode(le), { kind: 'text', text: 'Zoë 😀', encoding: 'utf-16le', fallback: false });
  const be = Buffer.from(le.subarray(2)).swap16();
  assert.deepEqual(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), { kind: 'text', text: 'Zoë 😀', encoding: 'utf-16be', fallback: false });
});

test('invalid UTF-8 falls back to Windows-1252, including its smart quotes', () => {
  const d = decode(bytes([0x93], 'caf', [0xe9, 0x94]));
  assert.deepEqual(d, { kind: 'text', text: '“café”', encoding: 'windows-1252', fallback: true });
});

test('NUL bytes or mostly control characters mean binary', () => {
  assert.equal(decode(bytes('abc', [0], 'def')).kind, 'binary');
  assert.equal(decode(bytes([1, 2, 3, 4, 5, 6, 7, 8], 'ab')).kind, 'binary');
  assert.equal(decode(bytes('tabs\tand\r\nlines\f')).kind, 'text');
});

test('decodeSource: hash of the bytes, warnings for fallback and empty text', () => {
  const r = decodeSource({ path: 'a.txt', file: null }, bytes([0xe9]));
  assert.ok(r.ok);
  assert.equal(r.sha256, createHash('sha256').update(Buffer.from([0xe9])).digest('hex'));
  assert.deepEqual(r.diagnostics.map((d) => d.code), ['NOT_UTF8']);
  const empty = decodeSource({ path: 'e.txt', file: null }, bytes('  \n'));
  assert.ok(empty.ok);
  assert.deepEqual(empty.diagnostics.map((d) => d.code), ['EMPTY_FILE']);
  const bin = decodeSource({ path: 'b.bin', file: null }, bytes([0, 1, 2]));
  assert.equal(bin.ok, false);
  assert.equal(!bin.ok && bin.error.code, 'BINARY_FILE');
});
