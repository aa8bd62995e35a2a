// Where a sweep pattern can start. compromise's matcher tries a pattern at every position of a
// clause, copying the rest of the clause each time, and nearly every try fails on the first step.
// For a pattern whose first step is a plain word, tag, word list or simple (a|b) / (a && b) block,
// a term that fails a cheap stand-in for that step can never start a match, so only the terms that
// pass are tried, each with compromise's own matcher anchored there.

/* eslint-disable @typescript-eslint/no-explicit-any -- compromise's match steps are untyped */
import { positions, type ClauseIndex } from './clause.js';

type Reg = Record<string, any>;
export type TermTest = (t: any) => boolean;

/** What a step may carry for the stand-in test to hold (other keys change how compromise tests a term). */
const PLAIN = new Set(['word', 'tag', 'fastOr', 'switch', 'operator', 'choices', 'group', 'groupStart', 'groupEnd', 'greedy', 'min', 'max']);
const isPlain = (r: Reg): boolean => Object.keys(r).every((k) => PLAIN.has(k) || r[k] === undefined || r[k] === false);

/**
 * A test every term passes that compromise's doesMatch would accept for a step, and the clause-index
 * keys (clause.ts) one of which every such term is filed under.
 */
interface Step {
  test: TermTest;
  keys: string[];
}

/** The test and keys of one step, or null when the step is not simple enough to say (doesMatch's order). */
function termStep(r: Reg): Step | null {
  if (!isPlain(r)) return null;
  if (typeof r['word'] === 'string') {
    const w = r['word'];
    return {
      test: (t) => (t.machine !== null && t.machine === w) || (t.alias !== undefined && t.alias.some((a: string) => a === w)) || w === t.text || w === t.normal,
      keys: [w],
    };
  }
  if (typeof r['tag'] === 'string') {
    const tag = r['tag'];
    return { test: (t) => t.tags.has(tag) === true, keys: ['#' + tag] };
  }
  if (typeof r['switch'] === 'string') {
    const sw = r['switch'];
    return { test: (t) => t.switch === sw, keys: [`%${sw}%`] };
  }
  if (r['fastOr'] instanceof Set && r['choices'] === undefined) {
    const set = r['fastOr'] as Set<string>;
    return { test: (t) => set.has(t.root || t.implicit || t.machine || t.normal) || set.has(t.text), keys: [...set] };
  }
  return null;
}

/**
 * The same for a pattern's first step, which compromise's matcher hands to its (a|b) and (a && b)
 * blocks before any term test: each choice there is a run of steps whose first step meets this
 * term, so (a b|c) needs a or c here and (#Noun && foo) needs both.
 */
export function firstStep(r: Reg): Step | null {
  if (r['optional'] === true || r['negative'] === true || !isPlain(r)) return null;
  if (r['choices'] === undefined) return termStep(r);
  if (r['operator'] !== 'or' && r['operator'] !== 'and') return null;
  const firsts = (r['choices'] as unknown[]).map((c) => (Array.isArray(c) && c.length > 0 ? termStep(c[0] as Reg) : null));
  if (r['operator'] === 'or') {
    if (firsts.some((f) => f === null)) return null;
    const steps = firsts as Step[];
    return { test: (t) => steps.some((f) => f.test(t)), keys: steps.flatMap((f) => f.keys) };
  }
  const steps = firsts.filter((f): f is Step => f !== null);
  if (steps.length === 0) return null;
  return { test: (t) => steps.every((f) => f.test(t)), keys: steps[0]!.keys };
}

/** Whether compromise's matcher meets this required step with exactly one term. */
const takesOne = (r: Reg): boolean =>
  r['greedy'] !== true && (r['choices'] === undefined || (r['choices'] as unknown[]).every((c) => Array.isArray(c) && c.length === 1 && c[0]['greedy'] !== true));

/**
 * A test of a start position: the first step's test, then the tests of the steps after it while
 * each step before is met with exactly one term (so the next one is tested on the next term); a $
 * step must also be on the clause's last term. A term that is part of a contraction can make the
 * matcher skip a term, so the check stops there.
 */
function startTest(regs: Reg[], first: TermTest): (terms: any[], i: number) => boolean {
  const tests: TermTest[] = [];
  const ends: boolean[] = [];
  for (let k = 1; k < regs.length && takesOne(regs[k - 1]!); k++) {
    const r = regs[k]!;
    const end = r['end'] === true && r['choices'] === undefined && r['greedy'] !== true;
    const step = firstStep(end ? { ...r, end: false } : r);
    if (!step) break;
    tests.push(step.test);
    ends.push(end);
  }
  return (terms, i) => {
    let t = terms[i];
    if (!first(t)) return false;
    for (let k = 0; k < tests.length && !t.implicit; k++) {
      const at = i + k + 1;
      t = terms[at];
      if (t === undefined || !tests[k]!(t) || (ends[k] === true && at !== terms.length - 1)) return false;
    }
    return true;
  };
}

/** How bulkMatch runs one pattern: where it may start, and compromise's matcher anchored at a start. */
export interface Plan {
  test: (terms: any[], i: number) => boolean;
  /** clause-index keys one of which every start that passes the test is filed under */
  keys: string[];
  /** the pattern with its first step anchored (^), so compromise tries one start only */
  anchored: Record<string, unknown>;
  /** the anchored steps alone: the whole match, before compromise cuts out its group or drops it by notIf */
  probe: Record<string, unknown>;
  /** compromise stops trying once fewer terms are left than the pattern's required steps */
  minLength: number;
}

const plans = new WeakMap<object, Plan | null>();
const hasStart = (v: unknown): boolean =>
  Array.isArray(v) ? v.some(hasStart)
    : typeof v === 'object' && v !== null && !(v instanceof Set) && ((v as Reg)['start'] === true || Object.values(v).some(hasStart));

/**
 * A plan for a pattern that compromise's per-start matching can be cut into single starts without
 * changing its results, or null. That needs: no ^ anywhere (anchoring would move what ^ means), and
 * a last step that, when it ends in $, reaches the end whenever it matches (compromise drops a
 * match that does not, after skipping past it, so the whole match would be lost).
 */
export function planOf(p: Swept): Plan | null {
  let plan = plans.get(p);
  if (plan !== undefined) return plan;
  plan = null;
  const regs = p.regs;
  const first = regs?.[0];
  const step = first ? firstStep(first) : null;
  if (regs && step && !hasStart(regs)) {
    const last = regs[regs.length - 1]!;
    const endSafe = last['end'] !== true || (last['optional'] !== true && last['negative'] !== true && last['greedy'] !== true);
    if (endSafe) {
      const anchoredRegs = [{ ...first, start: true }, ...regs.slice(1)];
      plan = {
        test: startTest(regs, step.test),
        keys: step.keys,
        anchored: { ...p, regs: anchoredRegs },
        probe: { regs: anchoredRegs },
        minLength: regs.filter((r) => r['optional'] !== true && r['negative'] !== true).length,
      };
    }
  }
  plans.set(p, plan);
  return plan;
}

/** A sweep pattern, as compromise's buildNet leaves it. */
export interface Swept {
  regs?: Reg[];
  group?: number | string;
  notIf?: unknown;
}

export type Match = (docs: any[][], todo: object) => { ptrs: number[][]; byGroup: Record<string, number[][]> };

/**
 * What compromise's match returns for the pattern at this start, given the probe's answer there:
 * without a notIf to check, the whole match, or its group with the ids of its first and last term
 * as compromise's match gives them; with one, compromise's match itself.
 */
function atStart(p: Swept, plan: Plan, probe: ReturnType<Match>, rest: any[], match: Match): number[][] {
  if (p.notIf !== undefined) return match([rest], plan.anchored).ptrs;
  const group = typeof p.group === 'number' ? String(p.group) : p.group;
  if (!group) return probe.ptrs;
  const g = probe.byGroup[group]?.[0];
  if (!g) return [];
  g[3] = rest[g[1]!].id;
  g[4] = rest[g[2]! - 1].id;
  return [g];
}

/**
 * compromise's match of one pattern on one clause (its pointers, in its order), trying only the
 * starts that can match: compromise's loop over starts, with its skip past each whole match. With
 * the clause's index, only the positions filed under the first step's keys are looked at.
 */
export function matchClause(terms: any[], p: Swept, match: Match, index?: ClauseIndex): number[][] {
  const plan = planOf(p);
  if (!plan) return match([terms], p).ptrs;
  const out: number[][] = [];
  const starts = index ? positions(index, plan.keys) : null;
  const count = starts ? starts.length : terms.length;
  let next = 0;
  for (let k = 0; k < count; k++) {
    const i = starts ? starts[k]! : k;
    if (i < next) continue;
    if (terms.length - i < plan.minLength) break;
    if (!plan.test(terms, i)) continue;
    const rest = i === 0 ? terms : terms.slice(i);
    const probe = match([rest], plan.probe);
    const whole = probe.ptrs[0];
    if (!whole) continue;
    const end = whole[2]!;
    for (const ptr of atStart(p, plan, probe, rest, match)) {
      ptr[1]! += i;
      ptr[2]! += i;
      out.push(ptr);
    }
    next = i + Math.max(1, end);
  }
  return out;
}
