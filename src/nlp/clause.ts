// The words and tags of one clause, with where they stand. `at` is filed under exactly the keys
// compromise's cacheDoc gives a clause (the sweep picks its patterns by them); `text` adds each
// term's text as written, which compromise's word tests accept too.

/* eslint-disable @typescript-eslint/no-explicit-any -- compromise's terms are untyped */
export interface ClauseIndex {
  at: Map<string, number[]>;
  text: Map<string, number[]>;
}

function file(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

export function indexClause(terms: any[]): ClauseIndex {
  const at = new Map<string, number[]>();
  const text = new Map<string, number[]>();
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    if (term.normal !== '') file(at, term.normal, i);
    if (term.switch) file(at, `%${term.switch}%`, i);
    if (term.implicit) file(at, term.implicit, i);
    if (term.machine) file(at, term.machine, i);
    if (term.root) file(at, term.root, i);
    if (term.alias) for (const str of term.alias) file(at, str, i);
    for (const tag of term.tags) file(at, '#' + tag, i);
    file(text, term.text, i);
  }
  return { at, text };
}

const NONE: number[] = [];

/** The positions filed under any of these keys, in order. */
export function positions(index: ClauseIndex, keys: string[]): number[] {
  if (keys.length === 1) {
    const a = index.at.get(keys[0]!);
    const b = index.text.get(keys[0]!);
    if (!b) return a ?? NONE;
    if (!a) return b;
  }
  const all: number[] = [];
  for (const k of keys) {
    const a = index.at.get(k);
    if (a) all.push(...a);
    const b = index.text.get(k);
    if (b) all.push(...b);
  }
  all.sort((x, y) => x - y);
  return all.filter((x, k) => k === 0 || x !== all[k - 1]);
}
