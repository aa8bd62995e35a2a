// Matching keys for names: what two spellings of one name have in common.

/** Lower case, no diacritics, typographic apostrophes and dashes folded, dots dropped, spaces collapsed. */
export function nameKey(name: string): string {
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
