// The sweep patterns worth trying on a clause, in compromise's order. compromise walks every key of
// its pattern index (words and tags) and concatenates the lists of the keys the clause has, keeps the
// first of each match string, then drops the patterns whose needed keys, ifNo or wanted keys rule
// them out. Here each pattern is filed under one key it cannot match without (its least common
// needed key, or each of its wanted keys), so a clause looks at each pattern it may need at most
// once; the survivors are put back in compromise's order: by the first of their keys the clause
// has, then by their place in that key's list.

export interface Pattern {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}
export interface Net<P extends Pattern = Pattern> {
  hooks: Record<string, P[]>;
  always: P[];
}

// Keys most clauses of news text have, most common first: a pattern is filed under any other
// needed key before these. (Which key is used changes only the speed, never the patterns.)
const COMMON = ['#Noun', '#Singular', '#ProperNoun', '#Value', '#Verb', '#Cardinal', '#Preposition', '#NumericValue',
  '#Determiner', '#PastTense', '#Place', '#PresentTense', '#Adjective', '#Plural', '#Conjunction', '#Date', '#Infinitive',
  'the', 'a', 'of', 'to', 'and', 'in'];
const commonness = (key: string): number => COMMON.length - (COMMON.indexOf(key) + 1 || COMMON.length + 1);

interface Order {
  rank: Map<string, number>;
  patterns: Pattern[];
  /** per key rank: the patterns (as ids) filed under it */
  filed: Int32Array[];
  /** per pattern id: the ranks of its needed and wanted keys */
  needs: Int32Array[];
  wants: Int32Array[];
  /** per pattern id: the ranks of every key whose list holds it, in rank order, and its place there */
  listed: Int32Array[];
  places: Int32Array[];
  /** per pattern id: the clause that last looked at it; per key rank: the clause that has it */
  seen: Int32Array;
  present: Int32Array;
  clause: number;
}
const orders = new WeakMap<Net, Order>();

function orderOf(net: Net): Order {
  let o = orders.get(net);
  if (o) return o;
  const keys = Object.keys(net.hooks);
  const rank = new Map(keys.map((k, i) => [k, i]));
  const ids = new Map<Pattern, number>();
  const listed: number[][] = [];
  const places: number[][] = [];
  keys.forEach((k, r) => net.hooks[k]!.forEach((p, place) => {
    if (!ids.has(p)) { ids.set(p, ids.size); listed.push([]); places.push([]); }
    listed[ids.get(p)!]!.push(r);
    places[ids.get(p)!]!.push(place);
  }));
  const patterns = [...ids.keys()];
  const ranksOf = (words: string[]): Int32Array => Int32Array.from(words, (w) => rank.get(w)!);
  const filed: number[][] = keys.map(() => []);
  patterns.forEach((p, id) => {
    const by = p.needs.length > 0 ? [p.needs.reduce((a, b) => (commonness(b) < commonness(a) ? b : a))] : p.wants;
    for (const k of new Set(by)) filed[rank.get(k)!]!.push(id);
  });
  o = {
    rank, patterns,
    filed: filed.map((f) => Int32Array.from(f)),
    needs: patterns.map((p) => ranksOf(p.needs)),
    wants: patterns.map((p) => ranksOf(p.wants)),
    listed: listed.map((l) => Int32Array.from(l)),
    places: places.map((l) => Int32Array.from(l)),
    seen: new Int32Array(patterns.length),
    present: new Int32Array(keys.length),
    clause: 0,
  };
  orders.set(net, o);
  return o;
}

/** compromise's filters: every needed key, no ifNo key, and as many wanted keys as the pattern has choice steps. */
function worthTrying(o: Order, id: number, have: Map<string, unknown>): boolean {
  const needs = o.needs[id]!;
  for (let i = 0; i < needs.length; i++) if (o.present[needs[i]!] !== o.clause) return false;
  const p = o.patterns[id]!;
  if (p.ifNo) for (const no of p.ifNo) if (have.has(no)) return false;
  const wants = o.wants[id]!;
  if (wants.length === 0) return true;
  let found = 0;
  for (let i = 0; i < wants.length; i++) if (o.present[wants[i]!] === o.clause) found++;
  return found >= p.minWant;
}

/** The place in compromise's list of the clause's patterns: its first key the clause has, then its place in that key's list. */
function placeOf(o: Order, id: number): number {
  const listed = o.listed[id]!;
  for (let i = 0; i < listed.length; i++) if (o.present[listed[i]!] === o.clause) return listed[i]! * 65536 + o.places[id]![i]!;
  return -1;
}

/** The patterns compromise would try on a clause with these keys (cacheDoc's) and this many terms, in its order. */
export function candidates<P extends Pattern>(net: Net<P>, have: Map<string, unknown>, termCount: number): P[] {
  const o = orderOf(net as Net);
  const clause = ++o.clause;
  const ranks: number[] = [];
  for (const item of have.keys()) {
    const r = o.rank.get(item);
    if (r !== undefined) { ranks.push(r); o.present[r] = clause; }
  }
  const found: number[] = [];
  for (const r of ranks) {
    const filed = o.filed[r]!;
    for (let i = 0; i < filed.length; i++) {
      const id = filed[i]!;
      if (o.seen[id] === clause) continue;
      o.seen[id] = clause;
      if (termCount >= o.patterns[id]!.minWords && worthTrying(o, id, have)) found.push(placeOf(o, id) * o.patterns.length + id);
    }
  }
  found.sort((a, b) => a - b);
  const out = found.map((f) => o.patterns[f % o.patterns.length]! as P);
  for (const p of net.always) if (termCount >= p.minWords) out.push(p);
  return out;
}
