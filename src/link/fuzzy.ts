// Spelling variants of one transliterated name ("Gaddafi"/"Qaddafi", "Zelensky"/"Zelenskyy") share a
// phonetic key word by word and are close in edit distance. Both guards must hold, and the type must
// match, so that different people with similar names ("Ivan"/"Iván" yes, "Jon"/"John Smith" no) stay apart.
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import { nameKey } from '../text/keys.js';

/** Each word's phonetic code, worked out once: a corpus's names share their words many times over. */
const codes = new Map<string, string>();

function phoneticCode(word: string): string {
  let code = codes.get(word);
  if (code === undefined) codes.set(word, (code = /\d/.test(word) ? word : doubleMetaphone(word)[0] || word));
  return code;
}

/** Words of the name that carry it (no particles), each reduced to its primary phonetic code. */
export function phoneticKey(name: string): string {
  return nameKey(name)
    .replace(/'/g, '')
    .split(' ')
    .filter((w) => w.length > 0)
    .map(phoneticCode)
    .join(' ');
}

/** Letters only, doubled letters collapsed: the form edit distance is measured on. */
export function skeleton(name: string): string {
  return nameKey(name).replace(/[^\p{L}\p{N}]/gu, '').replace(/(\p{L})\1+/gu, '$1');
}

export function sameNameVariant(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === kb) return true;
  if (ka.split(' ').length !== kb.split(' ').length) return false;
  const sa = skeleton(a);
  const sb = skeleton(b);
  if (sa === sb) return true;
  if (Math.min(sa.length, sb.length) < 5) return false;
  if (phoneticKey(a) !== phoneticKey(b)) return false;
  // Words must end alike: a changed ending is another form of the name (Ivanov, Ivanova), not a spelling.
  const ends = (k: string) => k.split(' ').map((w) => skeleton(w).slice(-1)).join(' ');
  if (ends(ka) !== ends(kb)) return false;
  return distance(sa, sb) <= Math.max(1, Math.floor(Math.max(sa.length, sb.length) / 5));
}
