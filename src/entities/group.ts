// Mentions of one thing within one document become one entity:
// - dates with the same value;
// - a later "Scholz" or "Mr. Scholz" joins the earlier "Olaf Scholz" (one person whose name ends or
//   starts with it; ambiguous short forms stay apart);
// - an acronym introduced as "Full Name (ACRONYM)" joins the full name;
// - otherwise, the same name key and type.
// The canonical name is the longest full form (not in capitals when another form is); aliases are
// every other form seen.
import { byDisplayPreference, nameKey, unshout } from '../text/keys.js';
import type { DocEntity, FoundMention } from '../types.js';
import type { AcronymAlias } from './acronyms.js';

interface Group {
  type: FoundMention['type'];
  mentions: FoundMention[];
  words: string[];
}


function isPart(part: string[], whole: string[]): boolean {
  if (part.length >= whole.length) return false;
  const tail = whole.slice(whole.length - part.length);
  const head = whole.slice(0, part.length);
  return tail.join(' ') === part.join(' ') || head.join(' ') === part.join(' ');
}

export function groupMentions(mentions: FoundMention[], aliases: AcronymAlias[]): DocEntity[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const acronymOf = new Map(aliases.map((a) => [nameKey(a.acronym), a.full] as const));
  const groupOf = new Map<FoundMention, Group>();
  const peopleByWord = new Map<string, Group[]>();

  const keyOf = new Map(sorted.map((m) => [m, nameKey(m.text)] as const));
  const wordsOf = new Map(sorted.map((m) => [m, keyOf.get(m)!.split(' ').filter(Boolean)] as const));
  const words = (m: FoundMention): string[] => wordsOf.get(m)!;
  // Longest forms first, so short forms find the full name whatever the order in the text.
  const byLength = [...sorted].sort((a, b) => words(b).length - words(a).length || a.start - b.start);
  for (const m of byLength) {
    const key = m.type === 'date' ? `date|${m.value ?? keyOf.get(m)!}` : `${m.type}|${keyOf.get(m)!}`;
    let g = byKey.get(key);
    if (!g && m.type !== 'date') {
      const full = acronymOf.get(keyOf.get(m)!);
      if (full) g = groupOf.get(full);
    }
    if (!g && m.type === 'person') {
      const w = words(m);
      // Only people whose name has the short form's first word can contain it.
      const candidates = (peopleByWord.get(w[0] ?? '') ?? []).filter((x) => isPart(w, x.words));
      if (candidates.length === 1) g = candidates[0];
    }
    if (!g) {
      g = { type: m.type, mentions: [], words: words(m) };
      groups.push(g);
      if (g.type === 'person') for (const word of new Set(g.words)) peopleByWord.set(word, [...(peopleByWord.get(word) ?? []), g]);
    }
    byKey.set(key, g);
    g.mentions.push(m);
    groupOf.set(m, g);
  }

  return groups
    .map((g) => toEntity(g))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start || a.type.localeCompare(b.type));
}

function toEntity(g: Group): DocEntity {
  const mentions = g.mentions.sort((a, b) => a.start - b.start);
  const forms = [...new Set(mentions.map((m) => m.text))];
  const best = [...forms].sort(byDisplayPreference)[0]!;
  const name = g.type === 'date' ? mentions[0]!.value ?? mentions[0]!.text : g.type === 'organization' ? best : unshout(best);
  const entity: DocEntity = { type: g.type, name, aliases: forms.filter((f) => f !== name).sort(), mentions };
  if (g.type === 'date' && mentions[0]!.value) entity.value = mentions[0]!.value;
  return entity;
}
