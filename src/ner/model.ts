// Model file: the atom vocabulary, the gazetteer phrase table and the sparse averaged weights of both
// passes over one shared list of feature keys, gzip'd. Every process and worker thread reads it on
// first use, so the weights are stored as the arrays decoding uses: loading is a few array views
// and one vocabulary map, with no JSON to parse but a small header.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ExtractError } from '../errors.js';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Bigrams, splitBigram } from './bigrams.js';
import { Featurizer, SLOTS, Vocab } from './features.js';
import { makeGazetteer } from './gazetteer.js';
import { History, LABELS, NL, transitionTable, type Sparse } from './perceptron.js';
import { modelFile, takePrefetched } from './model-file.js';
import { denseRows, type Stages } from './tagger.js';

export { MODEL_URL } from './model-file.js';

const FORMAT = 'extract-ner/3';
/** Weights are stored as integers of 1/SCALE: plenty of precision for an averaged perceptron. */
const SCALE = 1000;
/** Separates the atoms, which are words and never hold it. */
const SEP = '\0';

/**
 * The file after gunzip: a uint32 byte length and that many bytes of JSON header, then the sections
 * the header lists, each at an offset that is a multiple of 4. Numbers are little-endian. Atoms are
 * numbered in file order: the plain ones, then the word bigrams with 'bp' before 'bn'.
 */
interface Header {
  format: typeof FORMAT;
  labels: string[];
  slots: number;
  scale: number;
  gazetteer: Record<string, number>;
  meta: Record<string, unknown>;
  /** count and byte length of the plain atoms, joined by SEP */
  atoms: [number, number];
  /** count and byte length of the bigrams' words, joined by SEP; then their word numbers (int32, two per bigram) */
  bigramWords: [number, number];
  bp: number;
  bn: number;
  /** feature keys (atom index * slots + slot), int32, one per row */
  rows: number;
  /** per pass, the number of weights kept; its sections are counts (uint8, one per row), labels (uint8) and weights (int32) */
  stages: number[];
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** Writes the model, dropping weights below `prune` and the rows and atoms left with none. */
export function saveModel(file: string, vocab: Vocab, gazetteer: Record<string, number>, rowOf: Map<number, number>,
  stages: Float32Array[], prune: number, meta: Record<string, unknown>): number {
  const rowKeys: number[] = [];
  const kept = stages.map(() => ({ counts: [] as number[], labels: [] as number[], weights: [] as number[] }));
  for (const [key, row] of [...rowOf.entries()].sort((a, b) => a[1] - b[1])) {
    const pairs = stages.map((w) => {
      const ps: Array<[number, number]> = [];
      if ((row + 1) * NL > w.length) return ps;
      for (let l = 0; l < NL; l++) {
        const v = Math.round(w[row * NL + l]! * SCALE);
        if (v !== 0 && Math.abs(v) >= prune * SCALE) ps.push([l, v]);
      }
      return ps;
    });
    if (pairs.every((p) => p.length === 0)) continue;
    rowKeys.push(key);
    pairs.forEach((ps, s) => {
      const k = kept[s]!;
      k.counts.push(ps.length);
      for (const [l, v] of ps) { k.labels.push(l); k.weights.push(v); }
    });
  }
  // Atoms in order of first use, the word bigrams moved behind the rest.
  const used = [...new Set(rowKeys.map((k) => Math.floor(k / SLOTS)))];
  const plain: number[] = [], bp: number[] = [], bn: number[] = [];
  const words = new Map<string, number>();
  const pairs: number[] = [];
  for (const atom of used) {
    const split = splitBigram(vocab.names[atom]!);
    if (!split) plain.push(atom);
    else (split[0] === 'bp' ? bp : bn).push(atom);
  }
  for (const atom of [...bp, ...bn]) {
    for (const w of splitBigram(vocab.names[atom]!)!.slice(1) as string[]) {
      if (!words.has(w)) words.set(w, words.size);
      pairs.push(words.get(w)!);
    }
  }
  const index = new Map([...plain, ...bp, ...bn].map((atom, i) => [atom, i]));
  const keys = rowKeys.map((k) => index.get(Math.floor(k / SLOTS))! * SLOTS + (k % SLOTS));
  const atomBytes = joined(plain.map((a) => vocab.names[a]!));
  const wordBytes = joined([...words.keys()]);
  const header: Header = {
    format: FORMAT, labels: LABELS, slots: SLOTS, scale: SCALE, gazetteer, meta,
    atoms: [plain.length, atomBytes.length], bigramWords: [words.size, wordBytes.length], bp: bp.length, bn: bn.length,
    rows: keys.length, stages: kept.map((k) => k.weights.length),
  };
  const parts: Buffer[] = [];
  let size = 0;
  const add = (b: Buffer): void => {
    parts.push(b);
    size += b.length;
    if (size % 4) { parts.push(Buffer.alloc(pad4(size) - size)); size = pad4(size); }
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  add(Buffer.concat([length, json]));
  add(atomBytes);
  add(wordBytes);
  add(int32s(pairs));
  add(int32s(keys));
  for (const k of kept) { add(Buffer.from(k.counts)); add(Buffer.from(k.labels)); add(int32s(k.weights)); }
  const buf = gzipSync(Buffer.concat(parts), { level: 9 });
  writeFileSync(file, buf);
  return buf.length;
}

function joined(strings: string[]): Buffer {
  const bad = strings.find((s) => s.includes(SEP));
  if (bad !== undefined) throw new Error(`ner model: atom holds the separator: ${JSON.stringify(bad)}`);
  return Buffer.from(strings.join(SEP), 'utf8');
}

function int32s(values: number[]): Buffer {
  const b = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => b.writeInt32LE(v, i * 4));
  return b;
}

/** Reads a model file written by saveModel. */
export function readModel(file: string | URL): Stages {
  return decodeModel(gunzipSync(readFileSync(file)));
}

/** A model from the unpacked bytes of its file; throws with the reason when they are not a whole model. */
function decodeModel(buf: Buffer): Stages {
  if (buf.length < 4) throw new Error('file too short');
  const json = buf.readUInt32LE(0);
  if (4 + json > buf.length) throw new Error('header cut short');
  const header = JSON.parse(buf.toString('utf8', 4, 4 + json)) as Header;
  if (header.format !== FORMAT || header.slots !== SLOTS || header.scale !== SCALE || header.labels.join() !== LABELS.join()) {
    throw new Error('ner model: incompatible format');
  }
  let at = pad4(4 + json);
  const take = (bytes: number): Buffer => {
    if (!(bytes >= 0) || at + bytes > buf.length) throw new Error(`cut short at byte ${at} of ${buf.length}`);
    const b = buf.subarray(at, at + bytes); at = pad4(at + bytes); return b;
  };
  const strings = ([count, bytes]: [number, number]): string[] => (count ? take(bytes).toString('utf8').split(SEP) : []);
  const vocab = Vocab.frozenFrom(strings(header.atoms));
  const words = strings(header.bigramWords);
  const bigrams = new Bigrams(words, int32View(take((header.bp + header.bn) * 8)), header.bp, vocab.names.length);
  const rows = header.rows;
  const keys = int32View(take(rows * 4));
  const stages = header.stages.map((nnz): Sparse => {
    const counts = take(rows), label = new Uint8Array(take(nnz)), weights = int32View(take(nnz * 4));
    const start = new Int32Array(rows + 1);
    for (let r = 0; r < rows; r++) start[r + 1] = start[r]! + counts[r]!;
    if (start[rows] !== nnz || label.some((l) => l >= LABELS.length)) throw new Error('weights do not match their index');
    const value = new Float32Array(nnz);
    for (let c = 0; c < nnz; c++) value[c] = weights[c]! / SCALE;
    return { start, label, value };
  });
  if (at !== pad4(buf.length)) throw new Error(`${buf.length - at} bytes after the last section`);
  const rowOf = denseRows(keys, (vocab.names.length + header.bp + header.bn) * SLOTS);
  const tr = new History(vocab).rows(rowOf);
  const fz = new Featurizer(vocab, makeGazetteer(header.gazetteer), bigrams);
  const trans = (sp: Sparse): Float64Array => transitionTable(sp, tr);
  const [stage1, stage2] = stages;
  return { fz, rowOf, stage1: stage1!, trans1: trans(stage1!), stage2: stage2 ?? null, trans2: stage2 ? trans(stage2) : null };
}

/** Little-endian int32s; copied when the bytes are not aligned for a view or the machine is big-endian. */
function int32View(b: Buffer): Int32Array {
  if (b.byteOffset % 4 === 0 && LITTLE_ENDIAN) return new Int32Array(b.buffer, b.byteOffset, b.length / 4);
  const out = new Int32Array(b.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = b.readInt32LE(i * 4);
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

let cached: Stages | null | undefined;
let damaged: ExtractError | null = null;

/** The shipped model, or null when the file is missing (the caller then falls back to compromise). A file
 *  that is there but is no whole model stops the run (MODEL_DAMAGED), once: it is not read again. */
export function loadModel(): Stages | null {
  if (damaged) throw damaged;
  if (cached !== undefined) return cached;
  const file = modelFile();
  if (!existsSync(file)) { cached = null; return null; }
  try {
    const prefetched = takePrefetched();
    cached = prefetched ? decodeModel(prefetched) : readModel(file);
  } catch (err) {
    const where = file instanceof URL ? fileURLToPath(file) : file;
    damaged = new ExtractError('MODEL_DAMAGED', `the name model is damaged (${(err as Error).message}): reinstall extract (npm ci) or rebuild it (npm run train:ner)`, where);
    throw damaged;
  }
  return cached;
}
