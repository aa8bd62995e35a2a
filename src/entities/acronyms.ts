// "International Atomic Energy Agency (IAEA)" introduces IAEA as another name of the agency.
import type { FoundMention } from '../types.js';

const STOP = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'to', 'de', 'des', 'du', 'la', 'le', 'el', 'al', 'and', '&']);

/** True when the acronym's letters are, in order, initials of the name's words (small words optional). */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
  if (letters.length < 2) return false;
  const words = name.split(/[\s-]+/).filter(Boolean);
  const match = (li: number, wi: number): boolean => {
    if (li === letters.length) return words.slice(wi).every((w) => STOP.has(w.toLowerCase()));
    if (wi === words.length) return false;
    const w = words[wi]!;
    const optional = STOP.has(w.toLowerCase());
    if (w[0]!.toUpperCase() === letters[li] && match(li + 1, wi + 1)) return true;
    // Words like "Afrika" in "Afrikaans" rarely matter; but "Agency" -> "A" and "NATO" skip small words.
    return optional && match(li, wi + 1);
  };
  return match(0, 0);
}

const PAREN = /^\s*\(\s*([A-Z][A-Za-z&.]{1,11})\s*\)/;

export interface AcronymAlias {
  acronym: string;
  full: FoundMention;
}

/** Finds "(ACRONYM)" right after a name, and every whole-word use of the acronym later in the text. */
export function acronymMentions(text: string, mentions: FoundMention[], sentenceAt: (offset: number) => number): {
  aliases: AcronymAlias[];
  added: FoundMention[];
} {
  const aliases: AcronymAlias[] = [];
  const added: FoundMention[] = [];
  const taken = new Uint8Array(text.length + 1);
  for (const m of mentions) taken.fill(1, m.start, m.end);
  const covered = (start: number, end: number): boolean => taken.subarray(start, end).includes(1);
  for (const m of mentions) {
    if (m.type === 'date') continue;
    const paren = PAREN.exec(text.slice(m.end, m.end + 20));
    if (!paren || !isAcronymOf(paren[1]!, m.text)) continue;
    const acronym = paren[1]!;
    if (aliases.some((a) => a.acronym === acronym)) continue;
    aliases.push({ acronym, full: m });
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${acronym.replace(/[.&]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const hit of text.matchAll(re)) {
      const start = hit.index!;
      const end = start + acronym.length;
      if (covered(start, end)) continue;
      taken.fill(1, start, end);
      added.push({ type: m.type, start, end, text: acronym, sentence: sentenceAt(start) });
    }
  }
  return { aliases, added };
}
