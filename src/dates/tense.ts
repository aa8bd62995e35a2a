// Tense of the verb nearest a phrase, from compromise's tags: decides whether "Friday" or "March"
// points back (past-tense news) or forward ("will meet Friday").
import type { Segmented, Sentence, Token } from '../types.js';
import type { Tense } from './normalize.js';

const FUTURE_WORDS = new Set(['will', "'ll", 'shall', 'wo', 'would', 'gonna']);
const FUTURE_LEADS = new Set(['scheduled', 'expected', 'due', 'set', 'plans', 'planned', 'planning', 'intends', 'intend', 'aims', 'hopes', 'going', 'slated', 'poised', 'prepared']);
const EXPECT = new Set(['expects', 'expect', 'forecasts', 'predicts', 'projects', 'anticipates', 'plan', 'plans', 'planned', 'planning', 'postponed', 'delayed', 'deferred', 'rescheduled', 'adjourned', 'scheduled']);
const PAST_WORDS = new Set(['was', 'were', 'had', 'did', 'ago']);
const PRESENT_WORDS = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do']);

function label(tokens: Token[], i: number): Tense | null {
  const t = tokens[i]!;
  const w = t.normal.toLowerCase();
  const next = tokens[i + 1]?.normal.toLowerCase();
  if (FUTURE_WORDS.has(w)) return 'future';
  if (FUTURE_LEADS.has(w) && next === 'to') return 'future';
  if (PAST_WORDS.has(w)) return 'past';
  if (PRESENT_WORDS.has(w)) return 'present';
  if (!t.tags.includes('Verb')) return null;
  if (EXPECT.has(w)) return 'future';
  if (t.tags.includes('PastTense')) return t.tags.includes('Passive') ? null : 'past';
  if (t.tags.includes('PresentTense') && !t.tags.includes('Infinitive') && !t.tags.includes('Gerund')) return 'present';
  return null;
}

/** Labels for a sentence's tokens, computed once. */
export function sentenceTenses(seg: Segmented, s: Sentence): (Tense | null)[] {
  const tokens = seg.tokens.slice(s.firstToken, s.endToken);
  const labels = tokens.map((_, i) => label(tokens, i));
  // A verb chain after a future word ("will be named", "expected to rise") is future too.
  for (let i = 0; i < tokens.length; i++) {
    if (labels[i] !== 'future') continue;
    for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
      const t = tokens[j]!;
      if (!t.tags.includes('Verb') && t.normal !== 'to' && !t.tags.includes('Adverb') && !t.tags.includes('Negative')) break;
      if (labels[j] !== null) labels[j] = 'future';
    }
  }
  return labels;
}

/** Tense nearest to [start, end) (absolute offsets), looking at verbs before and after. */
export function tenseAt(seg: Segmented, s: Sentence, labels: (Tense | null)[], start: number, end: number): Tense {
  const tokens = seg.tokens;
  // First token ending after start, by binary search; then the run of tokens inside [start, end).
  let lo = s.firstToken, hi = s.endToken;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.end <= start) lo = mid + 1; else hi = mid; }
  let first = -1, last = -1;
  for (let i = lo; i < s.endToken && tokens[i]!.start < end; i++) { if (first < 0) first = i; last = i; }
  if (first < 0) return 'none';
  let best: Tense = 'none', dist = Infinity;
  // A verb after the phrase across a comma ("Tuesday, Castro said") frames it rather than governs it.
  let comma = false;
  for (let i = last + 1; i < s.endToken; i++) {
    if (tokens[i - 1]!.post.includes(',')) comma = true;
    const l = labels[i - s.firstToken];
    if (!l) continue;
    const d = i - last + 0.5 + (comma ? 8 : 0);
    if (d < dist) { dist = d; best = l; }
    break;
  }
  for (let i = first - 1; i >= s.firstToken; i--) {
    const l = labels[i - s.firstToken];
    if (!l) continue;
    if (first - i < dist) { dist = first - i; best = l; }
    break;
  }
  return best;
}
