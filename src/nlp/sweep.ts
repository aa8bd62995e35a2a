// A faster, equivalent pattern sweep for compromise's second tagging pass (its postTagger), which
// was about half of all tagging time. The same patterns run in the same order on each clause
// (candidates.ts picks them without walking compromise's whole pattern index), each only from the
// positions where it can start (starts.ts), so the matches, and every term's tags, are the same.
// It also leaves out the chunker (noun/verb phrase chunks): nothing downstream reads chunks.

/* eslint-disable @typescript-eslint/no-explicit-any -- compromise's internals are untyped */
import { candidates, type Net, type Pattern } from './candidates.js';
import { indexClause } from './clause.js';
import { matchClause, type Match } from './starts.js';

interface Swept extends Pattern {
  regs?: Array<Record<string, unknown>>;
  group?: number | string;
  notIf?: unknown;
}
type Term = object;
type Methods = { one: Record<string, any>; two: Record<string, any> };

/** compromise's bulkMatch; the clause index (clause.ts) stands in for compromise's cacheDoc. */
function bulkMatch(document: Term[][], net: Net<Swept>, methods: Methods, opts: { matchOne?: boolean } = {}): object[] {
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

let net: Net<Swept> | null = null;

/** compromise's postTagger without building a result view per match (nobody reads them). */
function postTagger(view: any): unknown {
  const { world } = view;
  const { model, methods } = world;
  net ??= methods.one.buildNet(model.two.matches, world) as Net<Swept>;
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
