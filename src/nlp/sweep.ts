// A faster, equivalent pattern sweep for compromise's second tagging pass (its postTagger).
// compromise picks the patterns worth trying on a clause by walking every key of its pattern index
// (a few thousand words and tags) for every clause, then filters the list three times: about a
// quarter of all tagging time. This plugin walks the clause's own words and tags instead, and keeps
// compromise's order (index-key order, first occurrence of each pattern, then the always-tried ones),
// so the same patterns run in the same order and every term gets the same tags.
// It also leaves out the chunker (noun/verb phrase chunks): nothing downstream reads chunks.

/* eslint-disable @typescript-eslint/no-explicit-any -- compromise's internals are untyped */
import { indexClause } from './clause.js';
import { matchClause, type Match } from './starts.js';

interface Pattern {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  regs?: Array<Record<string, unknown>>;
  group?: number | string;
  notIf?: unknown;
}
interface Net {
  hooks: Record<string, Pattern[]>;
  always: Pattern[];
}
type Term = object;
type Methods = { one: Record<string, any>; two: Record<string, any> };

/** Per pattern net: each index key's rank in compromise's own key order, and its patterns as ids. */
interface Order {
  rank: Map<string, number>;
  /** per key: its patterns, and their ids (one per distinct match string: compromise dedupes by it) */
  lists: Pattern[][];
  ids: Int32Array[];
  /** per key, per pattern: the ranks of the keys it needs, and of those it wants (all are keys) */
  needs: Int32Array[][];
  wants: Int32Array[][];
  /** per id: the clause that last saw it; per key: the clause that has it */
  seen: Int32Array;
  present: Int32Array;
  clause: number;
}
const orders = new WeakMap<Net, Order>();

function orderOf(net: Net): Order {
  let o = orders.get(net);
  if (!o) {
    const keys = Object.keys(net.hooks);
    const rank = new Map(keys.map((k, i) => [k, i]));
    const byString = new Map<string, number>();
    const lists = keys.map((k) => net.hooks[k]!);
    const ids = lists.map((list) => Int32Array.from(list, (p) => {
      if (!byString.has(p.match)) byString.set(p.match, byString.size);
      return byString.get(p.match)!;
    }));
    const ranksOf = (words: string[]): Int32Array => Int32Array.from(words, (w) => rank.get(w)!);
    const needs = lists.map((list) => list.map((p) => ranksOf(p.needs)));
    const wants = lists.map((list) => list.map((p) => ranksOf(p.wants)));
    o = { rank, lists, ids, needs, wants, seen: new Int32Array(byString.size), present: new Int32Array(keys.length), clause: 0 };
    orders.set(net, o);
  }
  return o;
}

function worthTrying(o: Order, p: Pattern, needs: Int32Array, wants: Int32Array, have: Map<string, unknown>): boolean {
  for (let i = 0; i < needs.length; i++) if (o.present[needs[i]!] !== o.clause) return false;
  if (p.ifNo) for (const no of p.ifNo) if (have.has(no)) return false;
  if (wants.length === 0) return true;
  let found = 0;
  for (let i = 0; i < wants.length; i++) if (o.present[wants[i]!] === o.clause) found++;
  return found >= p.minWant;
}

function candidates(net: Net, have: Map<string, unknown>, termCount: number): Pattern[] {
  const o = orderOf(net);
  const clause = ++o.clause;
  const ranks: number[] = [];
  for (const item of have.keys()) {
    const r = o.rank.get(item);
    if (r !== undefined) { ranks.push(r); o.present[r] = clause; }
  }
  ranks.sort((a, b) => a - b);
  const out: Pattern[] = [];
  for (const r of ranks) {
    const list = o.lists[r]!;
    const ids = o.ids[r]!;
    for (let i = 0; i < list.length; i++) {
      if (o.seen[ids[i]!] === clause) continue;
      o.seen[ids[i]!] = clause;
      const p = list[i]!;
      if (termCount >= p.minWords && worthTrying(o, p, o.needs[r]![i]!, o.wants[r]![i]!, have)) out.push(p);
    }
  }
  for (const p of net.always) if (termCount >= p.minWords) out.push(p);
  return out;
}

/** compromise's bulkMatch, with the candidate step above and the single starts of starts.ts; the clause index stands in for compromise's cacheDoc. */
function bulkMatch(document: Term[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): object[] {
  const match = methods.one.match as Match;
  const results: object[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n]!;
    const index = indexClause(terms);
    for (const m of candidates(net, index.at, terms.length)) {
      const ptrs = matchClause(terms, m, match, index);
      if (ptrs.length === 0) continue;
      for (const ptr of ptrs) {
        ptr[0] = n;
        results.push({ ...m, pointer: ptr });
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}

let net: Net | null = null;

/** compromise's postTagger without building a result view per match (nobody reads them). */
function postTagger(view: any): unknown {
  const { world } = view;
  const { model, methods } = world;
  net ??= methods.one.buildNet(model.two.matches, world) as Net;
  const clauses: Term[][] = methods.two.quickSplit(view.docs);
  const m = view.update(clauses.map((terms: any) => [terms[0].index[0], terms[0].index[1], terms[0].index[1] + terms.length]));
  methods.one.bulkTagger(bulkMatch(m.docs, net, methods), m.docs, world);
  view.uncache();
  view.unfreeze();
  return view;
}

export const fastSweep = {
  methods: { one: { bulkMatch } },
  compute: { postTagger, chunks: (): void => {} },
};
