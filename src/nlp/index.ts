// The compromise instances the pipeline uses, each loaded once per process (or worker).
// - `nlp`: compromise with our faster sweep (sweep.ts) and no other plugin: it tags every sentence,
//   and compromise-dates' tagger would cost about a quarter of the tagging time on every sentence,
//   for the few phrases our date grammar cannot explain.
// - `nlpDates`: compromise with compromise-dates, for those few phrases, loaded on first use.
// compromise keeps its plugins in one world per module copy, so each instance is its own copy of the
// package's one-file CommonJS build (which also loads in half the time of its few hundred ES modules).
import { createRequire } from 'node:module';
import type nlpBase from 'compromise';
import { fastSweep } from './sweep.js';

type Nlp = typeof nlpBase;
const require = createRequire(import.meta.url);

/** A copy of compromise with a world of its own: the module is evaluated afresh, outside require's cache. */
export function freshCompromise(): Nlp {
  const file = require.resolve('compromise');
  const cached = require.cache[file];
  delete require.cache[file];
  try {
    return require(file) as Nlp;
  } finally {
    if (cached) require.cache[file] = cached;
    else delete require.cache[file];
  }
}

export const nlp: Nlp = freshCompromise().plugin(fastSweep);

let withDates: Nlp | null = null;

export function nlpDates(): Nlp {
  if (!withDates) {
    withDates = freshCompromise();
    withDates.plugin(require('compromise-dates'));
  }
  return withDates;
}
