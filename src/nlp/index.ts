// The compromise instances the pipeline uses, each loaded once per process (or worker).
// - `nlp`: plain compromise. It tags every sentence, so it carries no plugin: compromise-dates'
//   tagger would cost about a quarter of the tagging time on every sentence, for the few phrases
//   our date grammar cannot explain.
// - `nlpDates`: compromise with compromise-dates, for those few phrases. compromise keeps its
//   plugins in one world per module copy, so this one is the package's CommonJS build: a second,
//   separate world that the plugin can extend without touching the first.
import { createRequire } from 'node:module';
import nlpBase from 'compromise';
import { fastSweep } from './sweep.js';

export const nlp = nlpBase.plugin(fastSweep);

const require = createRequire(import.meta.url);
let withDates: typeof nlpBase | null = null;

export function nlpDates(): typeof nlpBase {
  if (!withDates) {
    withDates = require('compromise') as typeof nlpBase;
    withDates.plugin(require('compromise-dates'));
  }
  return withDates;
}
