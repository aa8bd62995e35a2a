// Scores recognize() directly on a CoNLL file (default: dev), the way ../shared/eval/conll-extract.mjs
// scores the CLI, and times it against compromise's own tagging.
// usage: node dist/scripts/eval-ner.js [CONLL_FILE] [--errors N]
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segment } from '../src/segment/index.js';
import { recognize } from '../src/ner/index.js';
import { conll } from './train-ner.js';
import type { Segmented } from '../src/types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TYPE: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };

const args = process.argv.slice(2);
const ei = args.indexOf('--errors');
const showErrors = ei >= 0 ? Number(args.splice(ei, 2)[1]) : 0;
const file = resolve(args[0] ?? resolve(ROOT, '../shared/data/conll2003/dev.txt'));
const C = conll();
const docs = C.readConll(file).map((d) => C.buildDoc(d, { detok: true }));

let t = Date.now();
const segs: Segmented[] = docs.map((d) => segment(d.text + '\n'));
const segMs = Date.now() - t;
recognize(segs[0]!); // loads the model; not part of the per-token time
t = Date.now();
const found = segs.map((s) => recognize(s));
const nerMs = Date.now() - t;

const gold: Array<{ doc: number; start: number; end: number; type: string }> = [];
const pred: typeof gold = [];
docs.forEach((d, di) => d.gold.forEach((g) => gold.push({ doc: di, ...g })));
found.forEach((ms, di) => {
  for (const m of ms) {
    const type = TYPE[m.type];
    if (!type) continue;
    const span = C.charRangesToTokenSpan(docs[di]!.tokens, [[m.start, m.end]]);
    const tr = span && C.trimPunct(docs[di]!.tokens, span);
    if (tr) pred.push({ doc: di, start: tr.start, end: tr.end, type });
  }
});
const res = C.score(gold, C.dedupe(pred));
console.log(C.table('ner', res));
const tokens = segs.reduce((n, s) => n + s.tokens.length, 0);
const f = (x: number): string => (100 * x).toFixed(1);
console.log(`ner: F1=${f(res['ALL']!.strict.f)} PER=${f(res['PER']!.strict.f)} LOC=${f(res['LOC']!.strict.f)} ORG=${f(res['ORG']!.strict.f)} lenient=${f(res['ALL']!.lenient.f)} segment=${Math.round(tokens / (segMs / 1000))} tok/s recognize=${Math.round(tokens / (nerMs / 1000))} tok/s`);

if (showErrors) {
  const key = (s: { doc: number; start: number; end: number; type: string }): string => `${s.doc}:${s.start}:${s.end}:${s.type}`;
  const g = new Set(gold.filter((s) => s.type in { PER: 1, LOC: 1, ORG: 1 }).map(key)), p = new Set(pred.map(key));
  const words = (s: { doc: number; start: number; end: number }): string => docs[s.doc]!.tokens.slice(s.start, s.end).map((x) => x.word).join(' ');
  let n = 0;
  const goldOver = (s: { doc: number; start: number; end: number }): string =>
    gold.filter((x) => x.doc === s.doc && x.start < s.end && s.start < x.end).map((x) => `${x.type}:${words(x)}`).join(' ; ');
  for (const s of pred) if (!g.has(key(s)) && n++ < showErrors) console.log(`FP ${s.type} ${words(s)}  gold: ${goldOver(s)}`);
  n = 0;
  const over = (s: { doc: number; start: number; end: number }): string =>
    pred.filter((x) => x.doc === s.doc && x.start < s.end && s.start < x.end).map((x) => `${x.type}:${words(x)}`).join(' ; ');
  for (const s of gold) if (s.type !== 'MISC' && !p.has(key(s)) && n++ < showErrors) console.log(`FN ${s.type} ${words(s)}  <- ${over(s)}`);
}
