// Bytes to text. Offsets in the output refer to the text returned here: BOM removed, line endings kept.
import type { Encoding } from '../types.js';

export type Decoded =
  | { kind: 'text'; text: string; encoding: Encoding; fallback: boolean }
  | { kind: 'binary'; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/** Share of control characters (other than tab, line breaks, form feed) above which text is not text. */
const CONTROL_LIMIT = 0.1;

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return fromUtf16(utf16le, bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return fromUtf16(utf16be, bytes.subarray(2), 'utf-16be');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return { kind: 'binary', reason: 'binary file (contains NUL bytes)' };
  let text: string;
  let fallback = false;
  try {
    text = utf8.decode(body);
  } catch {
    text = decodeWindows1252(body);
    fallback = true;
  }
  const binary = looksBinary(text);
  if (binary) return { kind: 'binary', reason: binary };
  return { kind: 'text', text, encoding: fallback ? 'windows-1252' : bom ? 'utf-8-bom' : 'utf-8', fallback };
}

function fromUtf16(decoder: TextDecoder, body: Uint8Array, encoding: Encoding): Decoded {
  let text: string;
  try {
    text = decoder.decode(body);
  } catch {
    return { kind: 'binary', reason: `invalid ${encoding.toUpperCase()} (byte-order mark present, text undecodable)` };
  }
  const binary = text.includes('\0') ? 'binary file (contains NUL characters)' : looksBinary(text);
  if (binary) return { kind: 'binary', reason: binary };
  return { kind: 'text', text, encoding, fallback: false };
}

function looksBinary(text: string): string | null {
  if (text.length === 0) return null;
  let control = 0;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f || c === 0xfffd) control++;
  }
  return control / sample.length > CONTROL_LIMIT ? 'binary file (mostly control characters)' : null;
}

// Node's TextDecoder treats the label windows-1252 as Latin-1, which turns the curly quotes and dashes
// of 0x80-0x9F into control characters; those 32 bytes are mapped here as the Windows code page does.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk.map((b) => b));
  }
  return out.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
