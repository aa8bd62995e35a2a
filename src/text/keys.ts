// Matching keys for names: what two spellings of one name have in common.

/** ASCII words (letters, digits, ' and &) one space apart: what nameKey only lower-cases. */
const PLAIN = /^[A-Za-z0-9'&]+(?: [A-Za-z0-9'&]+)*$/;

/** Lower case, no diacritics, typographic apostrophes and dashes folded, dots dropped, spaces collapsed. */
export function nameKey(name: string): string {
  // Most names are plain: one test instead of seven passes over the text.
  if (PLAIN.test(name)) return name.toLowerCase();
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐-―-]+/g, ' ')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}'&]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** A readable, stable id part: "Benjamin Netanyahu" -> "benjamin-netanyahu". */
export function slug(name: string): string {
  const s = nameKey(name).replace(/'/g, '').replace(/&/g, ' and ').trim().replace(/\s+/g, '-');
  return s || 'unnamed';
}

/** A form written in capitals throughout ("KYIV" in a dateline, "IAEA"): the last choice for a display name. */
export function isShouting(name: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(name) && name === name.toUpperCase();
}

/**
 * Orders candidate display names, best first: a form in ordinary case before one in capitals, then
 * the longest, then the first in code-unit order (so the choice never depends on input order).
 */
export function byDisplayPreference(a: string, b: string): number {
  return Number(isShouting(a)) - Number(isShouting(b)) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** "ROTTERDAM" -> "Rotterdam", "SAINT-DENIS" -> "Saint-Denis": a name known only from a line in capitals (a
 *  dateline, a headline), as it is written in running text. Short words ("UAE", "US") are left as they are,
 *  being more often acronyms than names. */
export function unshout(name: string): string {
  if (!isShouting(name) || !/\p{Lu}{5}/u.test(name)) return name;
  return name.replace(/\p{L}+/gu, (w) => (/^(US|UK|UN|EU|DC)$/.test(w) ? w : w[0] + w.slice(1).toLowerCase()));
}
