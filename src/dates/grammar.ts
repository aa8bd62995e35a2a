// Runs the rule grammar over one sentence and keeps the best non-overlapping phrases:
// longest first, then the earlier rule.
import type { Ctx } from './normalize.js';
import { RULES } from './rules.js';

export interface Candidate {
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  /** null: words claimed as not-a-date (a duration, a vague span). */
  value: string | null;
  rule: string;
}

export function findByRules(text: string, ctxAt: (start: number, end: number) => Ctx): Candidate[] {
  const all: (Candidate & { prio: number })[] = [];
  RULES.forEach((rule, prio) => {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) { rule.re.lastIndex++; continue; }
      const x = m.indices?.groups?.x ?? [m.index, m.index + m[0].length];
      const [start, end] = rule.narrow?.(m) ?? x;
      const value = rule.value(m.groups ?? {}, ctxAt(start, end), m);
      if (value !== undefined) all.push({ start, end, value, rule: rule.name, prio });
    }
  });
  all.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.prio - b.prio || a.start - b.start);
  const chosen: Candidate[] = [];
  const taken = new Uint8Array(text.length + 1);
  for (const c of all) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push({ start: c.start, end: c.end, value: c.value, rule: c.rule });
  }
  return chosen.sort((a, b) => a.start - b.start);
}
