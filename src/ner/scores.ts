// Run-time scoring shortcut: the atoms that depend only on a word's spelling (word, affixes, shape,
// lexicons) are summed once per spelling and weight set, then added as one vector wherever that
// spelling stands, instead of looking up a dozen rows for every token.
import { SLOTS, STATIC_SLOTS, type SentFeats, type Spelling } from './features.js';
import { NL, type Sparse } from './perceptron.js';

/** Floats a spelling's sums take per weight set. */
const WIDTH = STATIC_SLOTS.length * NL;
// The sums live in shared blocks, a few hundred spellings each: one allocation for many, and the
// sums of the spellings decoded together lie close in memory. A block is freed with the last
// spelling that uses it.
const BLOCK = 512 * 2 * WIDTH;
let block = new Float32Array(0);
let used = 0;

/**
 * Fills in the summed scores of a spelling's atoms for every weight set, per STATIC_SLOTS entry.
 * Entries are filled on demand: the headline one (1) is needed by few spellings. All weight sets
 * at once, as they share the rows.
 */
function spellingScores(sp: Spelling, ws: readonly Sparse[], rowOf: Int32Array, headline: boolean): void {
  const need = headline ? 0b111110 : 0b111101;
  if ((sp.done & need) === need) return;
  if (!sp.scores) {
    if (used + ws.length * WIDTH > block.length) { block = new Float32Array(Math.max(BLOCK, ws.length * WIDTH)); used = 0; }
    sp.scores = block;
    sp.at = used;
    used += ws.length * WIDTH;
  }
  const v = sp.scores;
  for (let k = 0; k < STATIC_SLOTS.length; k++) {
    if (!(need & (1 << k)) || sp.done & (1 << k)) continue;
    for (const [list, slot] of STATIC_SLOTS[k]!) {
      for (const id of list === 'self' ? sp.self : sp.ctx) {
        const r = rowOf[id * SLOTS + slot];
        if (r === undefined || r < 0) continue;
        for (let s = 0; s < ws.length; s++) {
          const w = ws[s]!, o = sp.at + s * WIDTH + k * NL;
          for (let c = w.start[r]!, end = w.start[r + 1]!; c < end; c++) v[o + w.label[c]!]! += w.value[c]!;
        }
      }
    }
  }
  sp.done |= need;
}

let scratch = new Float64Array(64 * NL);

/**
 * Scores of the spelling atoms of every token and of its neighbours, for weight set `stage` of `ws`.
 * The array is reused by the next call.
 */
export function spellingBase(f: SentFeats, headline: boolean, stage: number, ws: readonly Sparse[], rowOf: Int32Array): Float64Array {
  const sps = f.spellings!;
  const n = sps.length;
  if (scratch.length < n * NL) scratch = new Float64Array(n * NL * 2);
  const e = scratch.fill(0, 0, n * NL);
  const own = headline ? NL : 0;
  // Token j's vector k goes to token i = j + offset: own (0/1), as previous (2) to j+1, next (3) to
  // j-1, two before (4) to j+2, two after (5) to j-2.
  for (let j = 0; j < n; j++) {
    const sp = sps[j]!;
    spellingScores(sp, ws, rowOf, headline);
    const v = sp.scores!, vo = sp.at + stage * WIDTH;
    let eo = j * NL;
    for (let l = 0; l < NL; l++) e[eo + l]! += v[vo + own + l]!;
    if (j + 1 < n) { eo = (j + 1) * NL; for (let l = 0; l < NL; l++) e[eo + l]! += v[vo + 2 * NL + l]!; }
    if (j > 0) { eo = (j - 1) * NL; for (let l = 0; l < NL; l++) e[eo + l]! += v[vo + 3 * NL + l]!; }
    if (j + 2 < n) { eo = (j + 2) * NL; for (let l = 0; l < NL; l++) e[eo + l]! += v[vo + 4 * NL + l]!; }
    if (j > 1) { eo = (j - 2) * NL; for (let l = 0; l < NL; l++) e[eo + l]! += v[vo + 5 * NL + l]!; }
  }
  return e;
}
