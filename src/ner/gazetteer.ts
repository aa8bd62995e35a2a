// Multi-word gazetteer lookup. The phrase lists ship inside the model file (compiled at training time
// from npm data packages, see gazetteer-build.ts), so the runtime needs neither package nor network; the
// knowledge-written places of places.ts are merged in as the model loads.

import { KNOWN_PLACES } from './places.js';

export const GAZ_KINDS = ['country', 'city', 'demonym', 'region', 'capital'] as const;
export type GazKind = typeof GAZ_KINDS[number];

export interface Gazetteer {
  /** lower-cased phrase (words joined by one space) -> bit set over GAZ_KINDS */
  phrases: Map<string, number>;
  maxLen: number;
  /** first words of multi-word phrases: most words start none and skip the n-gram loop */
  starts: Set<string>;
}

export function makeGazetteer(entries: Record<string, number>): Gazetteer {
  const phrases = new Map<string, number>();
  const starts = new Set<string>();
  let maxLen = 1;
  for (const k in entries) phrases.set(k, entries[k]!);
  for (const [k, kind] of KNOWN_PLACES) phrases.set(k, (phrases.get(k) ?? 0) | (1 << GAZ_KINDS.indexOf(kind)));
  for (const k of phrases.keys()) {
    // Most phrases are one word; only the others are split (this runs as every process starts).
    const space = k.indexOf(' ');
    if (space < 0) continue;
    starts.add(k.slice(0, space));
    maxLen = Math.max(maxLen, k.split(' ').length);
  }
  return { phrases, maxLen, starts };
}

const NONE: readonly string[] = [];

/** Per kind, its atoms [U, B, I, L]: built once, so that a match builds no string. */
const ATOMS = GAZ_KINDS.map((kind) => ['U', 'B', 'I', 'L'].map((p) => 'gz:' + kind + ':' + p) as [string, string, string, string]);

/**
 * For each word, the gazetteer atoms it takes part in: kind and position (U single, B/I/L in a phrase).
 * Longest match wins so "New York" is not also read as "York".
 */
export function gazetteerAtoms(gaz: Gazetteer, words: string[]): ReadonlyArray<readonly string[]> {
  // Most words are in no phrase: they share one empty list.
  const out: Array<readonly string[]> = new Array<readonly string[]>(words.length).fill(NONE);
  const push = (j: number, atom: string): void => { out[j] = out[j] === NONE ? [atom] : [...out[j]!, atom]; };
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    const longest = gaz.starts.has(words[i]!) ? Math.min(gaz.maxLen, words.length - i) : 1;
    for (let n = longest; n >= 1; n--) {
      let key = words[i]!;
      for (let k = 1; k < n; k++) key += ' ' + words[i + k]!;
      const bits = gaz.phrases.get(key);
      if (bits === undefined) continue;
      for (let b = 0; b < GAZ_KINDS.length; b++) {
        if (!(bits & (1 << b))) continue;
        const [u, first, inner, last] = ATOMS[b]!;
        if (n === 1) push(i, u);
        else for (let k = 0; k < n; k++) push(i + k, k === 0 ? first : k === n - 1 ? last : inner);
      }
      matched = n;
      break;
    }
    i += matched || 1;
  }
  return out;
}
