// Word-bigram atoms ('bp:x|y', 'bn:x|y') by number once a model is loaded. Building and hashing
// two strings per token was the costliest lookup of decoding; here the bigrams the model knows are
// indexed by word numbers, and a word that is in none of them needs no lookup at all. The model file
// stores them that way too (see model.ts), which spares every process half of its atom strings.

/** Word number of a spelling whose word is in no known bigram. */
export const NO_BIGRAM = -1;
/** Word number of a spelling whose word holds '|': its atoms cannot be split, so strings decide. */
export const BY_STRING = -2;

/** 'bp:x|y' -> ['bp', x, y]; null for other atoms and for those whose words hold '|'. */
export function splitBigram(atom: string): ['bp' | 'bn', string, string] | null {
  const kind = atom.startsWith('bp:') ? 'bp' : atom.startsWith('bn:') ? 'bn' : null;
  if (!kind) return null;
  const bar = atom.indexOf('|', 3);
  // With a second '|' one of the words holds one, and such words go BY_STRING.
  if (bar < 0 || atom.includes('|', bar + 1)) return null;
  return [kind, atom.slice(3, bar), atom.slice(bar + 1)];
}

export class Bigrams {
  private readonly words = new Map<string, number>();
  private readonly before: PairTable;
  private readonly after: PairTable;

  /**
   * `pairs` holds the word numbers (positions in `words`) of the bigram atoms firstId, firstId + 1,
   * ...: two per atom, the first `bp` atoms 'bp', the rest 'bn'.
   */
  constructor(words: readonly string[], pairs: Int32Array, bp: number, firstId: number) {
    words.forEach((w, i) => this.words.set(w, i));
    const n = pairs.length / 2;
    this.before = new PairTable(bp);
    this.after = new PairTable(n - bp);
    for (let a = 0; a < n; a++) (a < bp ? this.before : this.after).set(pairs[2 * a]!, pairs[2 * a + 1]!, firstId + a);
  }

  /** The number that `pair` takes for a (lower-cased) word. */
  word(lower: string): number {
    return lower.includes('|') ? BY_STRING : this.words.get(lower) ?? NO_BIGRAM;
  }

  /** Atom id of 'bp:x|y' (`before`) or 'bn:x|y', or -1; both numbers must be >= 0. */
  pair(x: number, y: number, before: boolean): number {
    return (before ? this.before : this.after).get(x, y);
  }
}

/**
 * Pairs of non-negative numbers to ids: an open-addressing table in one typed array, which looks up
 * a pair several times faster than a Map does a number made of it.
 */
class PairTable {
  /** [x, y, id] per slot; x = -1 marks an empty slot */
  private readonly slots: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  constructor(n: number) {
    let bits = 4;
    while (1 << bits < n * 2) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.slots = new Int32Array(3 << bits).fill(-1);
  }
  private home(x: number, y: number): number {
    return Math.imul(Math.imul(x, 0x9e3779b1) ^ y, 0x85ebca6b) >>> this.shift;
  }
  set(x: number, y: number, id: number): void {
    let i = this.home(x, y);
    while (this.slots[3 * i] !== -1) i = (i + 1) & this.mask;
    this.slots[3 * i] = x;
    this.slots[3 * i + 1] = y;
    this.slots[3 * i + 2] = id;
  }
  get(x: number, y: number): number {
    const s = this.slots;
    for (let i = this.home(x, y); ; i = (i + 1) & this.mask) {
      const k = s[3 * i]!;
      if (k === -1) return -1;
      if (k === x && s[3 * i + 1] === y) return s[3 * i + 2]!;
    }
  }
}
