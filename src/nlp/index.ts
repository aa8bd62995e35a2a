// The compromise instances the pipeline uses, each loaded once per process (or worker).
// - `nlp`: compromise with our faster sweep (sweep.ts) and no other plugin: it tags every sentence,
//   and compromise-dates' tagger would cost about a quarter of the tagging time on every sentence,
//   for the few phrases our date grammar cannot explain.
// - `nlpDates`: compromise with compromise-dates, for those few phrases, loaded on first use.
// compromise keeps its plugins in one world per module copy, so each instance is its own copy of the
// package's one-file CommonJS build (which also loads in half the time of its few hundred ES modules).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import type nlpBase from 'compromise';
import { fastSweep } from './sweep.js';

type Nlp = typeof nlpBase;
const require = createRequire(import.meta.url);

/**
 * A copy of compromise with a world of its own: the module is evaluated afresh, outside require's cache.
 * compromise looks up process.env.DEBUG_TAGS each time it sets a tag (some 160,000 times on CoNLL dev,
 * each a call into the runtime that reads the environment): it is handed a process whose env is a plain
 * copy of the DEBUG settings, which it reads as fast as any object.
 */
export function freshCompromise(): Nlp {
  const file = require.resolve('compromise');
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('DEBUG')));
  const params = ['exports', 'require', 'module', '__filename', '__dirname', 'process'];
  const body = vm.compileFunction(readFileSync(file, 'utf8'), params, { filename: file });
  const module = { exports: {} as unknown };
  body.call(module.exports, module.exports, require, module, file, path.dirname(file), { env });
  return module.exports as Nlp;
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
