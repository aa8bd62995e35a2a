// Model file: gzip'd JSON holding the atom vocabulary, the gazetteer phrase table and the sparse
// averaged weights of both passes over one shared list of feature keys. Read once per process,
// on first use.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Featurizer, SLOTS, Vocab } from './features.js';
import { makeGazetteer } from './gazetteer.js';
import { History, LABELS, NL, sparse, transitionTable } from './perceptron.js';
import { denseRows, type Stages } from './tagger.js';

export const MODEL_URL = new URL('../../../model/ner.json.gz', import.meta.url);

/** Weights are stored as integers of 1/SCALE: plenty of precision for an averaged perceptron. */
const SCALE = 1000;

interface ModelJson {
  format: 'extract-ner/2';
  labels: string[];
  slots: number;
  atoms: string[];
  gazetteer: Record<string, number>;
  /** feature keys (atom index * slots + slot), one per row */
  keys: number[];
  /** per pass: for each row, [count, (label, weight) * count] */
  stages: number[][];
  meta: Record<string, unknown>;
}

/** Writes the model, dropping weights below `prune` and the rows and atoms left with none. */
export function saveModel(file: string, vocab: Vocab, gazetteer: Record<string, number>, rowOf: Map<number, number>,
  stages: Float32Array[], prune: number, meta: Record<string, unknown>): number {
  const used = new Map<number, number>();
  const atoms: string[] = [];
  const remap = (key: number): number => {
    const atom = Math.floor(key / SLOTS), slot = key % SLOTS;
    let a = used.get(atom);
    if (a === undefined) { a = atoms.length; used.set(atom, a); atoms.push(vocab.names[atom]!); }
    return a * SLOTS + slot;
  };
  const keys: number[] = [];
  const cells: number[][] = stages.map(() => []);
  for (const [key, row] of [...rowOf.entries()].sort((a, b) => a[1] - b[1])) {
    const pairs = stages.map((w) => {
      const ps: number[] = [];
      if ((row + 1) * NL > w.length) return ps;
      for (let l = 0; l < NL; l++) {
        const v = Math.round(w[row * NL + l]! * SCALE);
        if (v !== 0 && Math.abs(v) >= prune * SCALE) ps.push(l, v);
      }
      return ps;
    });
    if (pairs.every((p) => p.length === 0)) continue;
    keys.push(remap(key));
    pairs.forEach((p, s) => cells[s]!.push(p.length / 2, ...p));
  }
  const json: ModelJson = { format: 'extract-ner/2', labels: LABELS, slots: SLOTS, atoms, gazetteer, keys, stages: cells, meta };
  const buf = gzipSync(Buffer.from(JSON.stringify(json)), { level: 9 });
  writeFileSync(file, buf);
  return buf.length;
}

export function modelFromJson(json: ModelJson): Stages {
  if (json.format !== 'extract-ner/2' || json.slots !== SLOTS || json.labels.join() !== LABELS.join()) {
    throw new Error('ner model: incompatible format');
  }
  const vocab = new Vocab();
  for (const a of json.atoms) vocab.id(a);
  vocab.frozen = true;
  const rowOf = new Map<number, number>();
  json.keys.forEach((k, r) => rowOf.set(k, r));
  const weights = json.stages.map((cells) => {
    const w = new Float32Array(json.keys.length * NL);
    let c = 0;
    for (let row = 0; row < json.keys.length; row++) {
      const n = cells[c++]!;
      for (let k = 0; k < n; k++) { const l = cells[c++]!; w[row * NL + l] = cells[c++]! / SCALE; }
    }
    return w;
  });
  const tr = new History(vocab).rows(rowOf);
  const dense = denseRows(rowOf, json.atoms.length * SLOTS);
  const fz = new Featurizer(vocab, makeGazetteer(json.gazetteer));
  const stage2 = weights[1] ?? null;
  return {
    fz, rowOf: dense, stage1: sparse(weights[0]!), trans1: transitionTable(weights[0]!, tr),
    stage2: stage2 ? sparse(stage2) : null, trans2: stage2 ? transitionTable(stage2, tr) : null,
  };
}

let cached: Stages | null | undefined;

/** The shipped model, or null when the file is missing (the caller then falls back to compromise). */
export function loadModel(): Stages | null {
  if (cached !== undefined) return cached;
  // EXTRACT_NER_MODEL: another weights file, for comparing training runs without replacing the shipped one.
  const file = process.env['EXTRACT_NER_MODEL'] || MODEL_URL;
  if (!existsSync(file)) { cached = null; return null; }
  const json = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as ModelJson;
  cached = modelFromJson(json);
  return cached;
}
