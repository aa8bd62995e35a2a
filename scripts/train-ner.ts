// Trains the person/place/organization recogniser from CoNLL-2003 and writes model/ner.bin.gz.
// usage: node dist/scripts/train-ner.js [TRAIN_FILE] [--epochs 8] [--min-count 1] [--folds 2] [--prune 0.01] [--out FILE]
// The CoNLL data (and ../shared/eval/conll.cjs, which rebuilds its documents as news text) is read
// at training time only; nothing from it but the learned weights ends up in the project.
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { segment } from '../src/segment/index.js';
import { Featurizer, SLOTS, Vocab } from '../src/ner/features.js';
import { makeGazetteer } from '../src/ner/gazetteer.js';
import { buildGazetteerEntries } from '../src/ner/gazetteer-build.js';
import { saveModel } from '../src/ner/model.js';
import { History, TYPES, Trainer, emitDense, makeLabel, transitionTable, viterbi, type Seq, type TransRows } from '../src/ner/perceptron.js';
import { docAtoms, featurize, prepare, toRows, toSeq, type Doc } from '../src/ner/tagger.js';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CONLL_HELPERS = resolve(ROOT, '../shared/eval/conll.cjs');

interface ConllTok { word: string; start: number; end: number }
interface Built { text: string; tokens: ConllTok[]; gold: Array<{ start: number; end: number; type: string }> }
export interface Conll {
  readConll(file: string): unknown[];
  buildDoc(doc: unknown, o: { detok: boolean }): Built;
  charRangesToTokenSpan(tokens: ConllTok[], ranges: Array<[number, number]>): { start: number; end: number } | null;
  trimPunct(tokens: ConllTok[], span: { start: number; end: number }): { start: number; end: number } | null;
  dedupe<T>(s: T[]): T[];
  score(gold: unknown[], pred: unknown[]): Record<string, { strict: { f: number; p: number; r: number }; lenient: { f: number } }>;
  table(name: string, res: unknown): string;
}
export const conll = (): Conll => require(CONLL_HELPERS) as Conll;

export interface TrainDoc { doc: Doc; gold: Int8Array[] }

/** Gold BILOU labels on compromise's tokens: a token takes the entity whose characters it overlaps. */
export function align(built: Built, doc: Doc): Int8Array[] {
  const ents = built.gold.map((g) => ({
    start: built.tokens[g.start]!.start, end: built.tokens[g.end - 1]!.end, type: TYPES.indexOf(g.type as typeof TYPES[number]),
  })).filter((e) => e.type >= 0);
  return doc.sents.map((sent) => {
    const idx = sent.map((t) => ents.findIndex((e) => t.start < e.end && e.start < t.end));
    return Int8Array.from(sent.map((_, i) => {
      const e = idx[i]!;
      if (e < 0) return 0;
      const ty = ents[e]!.type;
      const prev = i > 0 && idx[i - 1] === e, next = i + 1 < sent.length && idx[i + 1] === e;
      return makeLabel(ty, prev ? (next ? 1 : 2) : (next ? 0 : 3));
    }));
  });
}

export function loadDocs(file: string): TrainDoc[] {
  const C = conll();
  return C.readConll(file).map((d) => {
    const built = C.buildDoc(d, { detok: true });
    const doc = prepare(segment(built.text));
    return { doc, gold: align(built, doc) };
  });
}

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Adds a row for every key seen at least `min` times: rarer features only memorise. */
function addRows(rowOf: Map<number, number>, keyLists: Int32Array[][][], min: number): void {
  const count = new Map<number, number>();
  for (const doc of keyLists) for (const sent of doc) for (const ks of sent) for (const k of ks) count.set(k, (count.get(k) ?? 0) + 1);
  for (const [k, c] of count) if (c >= min && !rowOf.has(k)) rowOf.set(k, rowOf.size);
}

function train(seqs: Seq[][], gold: Int8Array[][], docIdx: number[], tr: TransRows, nRows: number, epochs: number,
  seed: number, extra?: Int32Array[][][]): Float32Array {
  const trainer = new Trainer(nRows, tr);
  const items: Array<[number, number]> = [];
  for (const d of docIdx) seqs[d]!.forEach((_, s) => items.push([d, s]));
  const rand = rng(seed);
  for (let e = 0; e < epochs; e++) {
    for (let i = items.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [items[i], items[j]] = [items[j]!, items[i]!]; }
    let errors = 0;
    for (const [d, s] of items) errors += trainer.trainSentence(seqs[d]![s]!, gold[d]![s]!, extra?.[d]![s]);
    process.stderr.write(`  epoch ${e + 1}: ${errors} errors\n`);
  }
  return trainer.averaged();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: string): string => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1]! : dflt; };
  const epochs = Number(opt('--epochs', '8'));
  const out = resolve(opt('--out', resolve(ROOT, 'model/ner.bin.gz')));
  const minCount = Number(opt('--min-count', '1'));
  const prune = Number(opt('--prune', '0.01'));
  const folds = Number(opt('--folds', '2'));
  const file = resolve(args[0] ?? resolve(ROOT, '../shared/data/conll2003/train.txt'));
  const t0 = Date.now();
  const lap = (what: string): void => console.error(`${what}: ${((Date.now() - t0) / 1000).toFixed(1)}s`);

  const docs = loadDocs(file);
  lap(`segmented ${docs.length} docs`);
  const gazetteer = buildGazetteerEntries();
  const vocab = new Vocab();
  const fz = new Featurizer(vocab, makeGazetteer(gazetteer));
  const hist = new History(vocab);
  const gold = docs.map((d) => d.gold);
  const all = docs.map((_, i) => i);

  // Pass 1, with k-fold jackknifing so pass 2 learns from predictions as noisy as at run time.
  const f1 = docs.map((d) => featurize(fz, d.doc));
  const rowOf = new Map<number, number>();
  for (const k of [...hist.h1, ...hist.h1s]) if (k >= 0) rowOf.set(k, rowOf.size);
  addRows(rowOf, f1.map((fs) => fs.map((f) => f.keys)), minCount);
  const tr = hist.rows(rowOf);
  const seqs = f1.map((fs) => fs.map((f) => toSeq(f, rowOf)));
  const n1 = rowOf.size;
  lap(`pass-1 features (${n1} rows)`);
  const pred: Int8Array[][] = new Array(docs.length);
  for (let fold = 0; fold < folds; fold++) {
    const w = train(seqs, gold, all.filter((i) => i % folds !== fold), tr, n1, epochs, 11 + fold);
    const trans = transitionTable(w, tr);
    for (const i of all.filter((i) => i % folds === fold)) pred[i] = seqs[i]!.map((s) => viterbi(emitDense(w, s), trans, s));
    lap(`fold ${fold}`);
  }
  const stage1 = train(seqs, gold, all, tr, n1, epochs, 7);
  lap('pass 1');

  const extraKeys = docs.map((d, i) => docAtoms(fz, d.doc, f1[i]!, pred[i]!).map((ex) => fz.extraKeys(ex)));
  addRows(rowOf, extraKeys, minCount);
  const extra = extraKeys.map((doc) => doc.map((ks) => toRows(ks, rowOf)));
  const stage2 = train(seqs, gold, all, tr, rowOf.size, epochs, 13, extra);
  lap(`pass 2 (${rowOf.size} rows)`);

  mkdirSync(dirname(out), { recursive: true });
  const bytes = saveModel(out, vocab, gazetteer, rowOf, [stage1, stage2], prune, {
    trainedOn: 'CoNLL-2003 English train (Reuters 1996), research licence: weights only', epochs, minCount, prune, folds, slots: SLOTS,
  });
  lap(`wrote ${out} (${(bytes / 1e6).toFixed(2)} MB)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => { console.error(e); process.exit(1); });
}
