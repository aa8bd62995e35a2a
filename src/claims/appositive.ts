// Subjects set off by commas before the cue: a name with its appositives ("Ana Ruiz, a senior fellow at the
// institute, said"), a parenthetical aside ("The ministry, in a statement, said"), a relative clause before
// the head ("A study that appeared in a journal found").
import { has, gapAfter, firstReal, type Ctx } from './context.js';
import { npLeft, nounish, nounLike, roleHead } from './source.js';
import { SUBORD, verbName, figureOnly, headNoun } from './subject.js';

export const ASIDE = /^(though|however|too|meanwhile|instead|therefore|nonetheless|nevertheless|moreover|furthermore|likewise|similarly|also|then|now|indeed|alone)$/;

/** "Ana Ruiz, a senior fellow at the institute, said" / "Jane Doe, 59, of Springfield, said":
 *  a name followed by up to three comma-delimited pieces with no finite verb (or a "who" clause). */
export function appositiveSubject(ctx: Ctx, c: number, floor: number): [number, number] | null {
  const { toks } = ctx;
  let end = c;
  // "Murphy, though, said": a parenthetical adverb is set off by commas but is no part of the subject
  if (c - 1 >= floor && ASIDE.test(toks[c]!.normal) && /,/.test(gapAfter(ctx, c - 1))) {
    const np = npLeft(ctx, c - 1, floor);
    if (np && (np[0] === floor || /[,;:“”"]/.test(gapAfter(ctx, np[0] - 1)) || !nounish(toks[np[0] - 1]))) return np;
    return null;
  }
  // "The ministry, in a statement, said", "The union, on Tuesday, said": a prepositional aside, likewise
  let p = c;
  while (p > floor && c - p < 8 && !/,/.test(gapAfter(ctx, p - 1)) && !(has(toks[p], 'Verb') && !has(toks[p], 'Noun'))) p--;
  if (p > floor && c - p < 8 && /,/.test(gapAfter(ctx, p - 1)) && /^(in|on|at|during|after|before|via)$/.test(toks[p]!.normal) && ctx.tq[p]! < 0) {
    const np = npLeft(ctx, p - 1, floor);
    if (np && (np[0] === firstReal(ctx, floor) || /[;:“”"]/.test(gapAfter(ctx, np[0] - 1)))) return np;
  }
  for (let piece = 0; piece < 4; piece++) {
    let k = end - 1;
    while (k >= floor && end - k <= 30 && !/,/.test(gapAfter(ctx, k))) k--;
    if (k < floor || end - k > 30) return null;
    const first = toks[k + 1]!;
    if (/^(and|but|or|so|while|as|because|although|though)$/.test(first.normal)) return null;
    // "X, which is made up of investors, said": a relative clause describing the appositive before it; and
    // "A diplomat, speaking on condition of anonymity because he was not authorised to ..., told": a participle
    // clause, whatever verbs its own subordinate clause holds
    const gerund = has(first, 'Gerund') || /ing$/.test(first.normal) && has(first, 'Verb');
    if (!/^(who|whose|which)$/.test(first.normal) && !gerund) {
      for (let m = k + 1; m <= end; m++) {
        const t = toks[m]!;
        // "a businessman who had been on the board", "the agency that oversees the program": verbs inside a
        // relative clause are the appositive's own
        if (/^(who|whose|which|that)$/.test(t.normal) && m > k + 2 && nounish(toks[m - 1])) break;
        const compound = m < end && has(toks[m + 1], 'Noun') && !has(toks[m + 1], 'Pronoun'); // "tax expert"
        // "a statement released by the campaign": a reduced relative, not a finite verb
        // ("The report, published on Tuesday, found": a participle opening the piece is an adjunct)
        const reduced = has(t, 'PastTense') && /^(by|in|on|at|for|last|this|earlier)$/.test(toks[m + 1]?.normal ?? '') && (m > k + 1 && nounish(toks[m - 1]) || m === k + 1);
        // "Pyongyang's only ally": compromise may read a possessive 's as a hidden "is", a token with no text;
        // "the center-left think tank": the second half of a hyphenated word is no verb of its own
        if (t.text === '' || gapAfter(ctx, m - 1) === '-') continue;
        if (has(t, 'Verb') && !has(t, 'Gerund') && !has(t, 'Participle') && !has(t, 'Noun') && !has(t, 'Adjective') && !nounLike(t) && !compound && !reduced) return null;
        if (ctx.tq[m]! >= 0) return null;
      }
    }
    // "Patch, a former party director, said": a name that compromise reads as a verb, alone at the unit's start
    const head = npLeft(ctx, k, floor) ?? (k === firstReal(ctx, floor) && verbName(toks[k]!) ? [k, k] as [number, number] : null);
    // "Several candidates, including Trump, said", "A third of them, 33%, say": an example or a figure set off
    // inside the subject belongs to it
    if (head && c === end && (/^(including|like)$/.test(first.normal) || figureOnly(ctx, k + 1, c)) && (head[0] === floor || /[,;:“”"]/.test(gapAfter(ctx, head[0] - 1)))) return [head[0], c];
    // "the White House spokesman, Josh Earnest, said" / "A senior official, who asked not to be named, said"
    const named = head && (roleHead(toks[headNoun(ctx, head)]) && (/^(who|whose)$/.test(first.normal) || gerund || has(first, 'ProperNoun') || has(first, 'Person')));
    if (head && (named || /\)/.test(toks[head[1]]!.post) || has(toks[head[1]], 'Person') || has(toks[head[1]], 'ProperNoun') || has(toks[head[1]], 'Organization') || /^[A-Z][a-z]/.test(toks[head[1]]!.text)) && (head[0] === floor || !nounish(toks[head[0] - 1]) && !(has(toks[head[0] - 1], 'Preposition') && !SUBORD.test(toks[head[0] - 1]!.normal)) || /[,;:“”"]/.test(gapAfter(ctx, head[0] - 1)))) {
      // "Ana Ruiz, in a statement, said" / "Lee, facing a challenge, said": an adjunct piece is no part of the source
      for (let m = k + 1, last = head[1]; m <= c; m++) {
        if (m === k + 1 || /,/.test(gapAfter(ctx, m - 1))) {
          const t = toks[m]!;
          // ("John Smith, 45, from Leeds, said": where a speaker comes from describes them)
          const place = toks[m + 1]?.normal === 'the' ? toks[m + 2] : toks[m + 1];
          const from = t.normal === 'from' && (has(place, 'ProperNoun') || has(place, 'Place'));
          if (has(t, 'Gerund') || (has(t, 'Preposition') && t.normal !== 'of' && !from) || has(t, 'PastTense') && has(toks[m + 1], 'Preposition')) return [head[0], last];
        }
        if (toks[m]!.text !== '') last = m;
      }
      return [head[0], c];
    }
    end = k;
  }
  return null;
}

/** "A 2019 study that appeared in a journal found": the head noun and its relative clause make up the
 *  source, as gold marks it (participle clauses, "a report released last year", are left out: that costs more
 *  exact sources than it gains). */
export function withModifierLeft(ctx: Ctx, np: [number, number], floor: number): [number, number] {
  const { toks } = ctx;
  for (let k = np[0] - 1; k >= floor && np[0] - k <= 12; k--) {
    if (/[,;:“”"()]|''/.test(gapAfter(ctx, k)) || ctx.tq[k]! >= 0) return np;
    const t = toks[k]!;
    const rel = /^(who|that|which)$/.test(t.normal);
    if (rel && k - 1 >= floor && nounish(toks[k - 1]) && !has(toks[k - 1], 'Pronoun') && !/[,;:“”"]|''/.test(gapAfter(ctx, k - 1))) {
      const head = npLeft(ctx, k - 1, floor);
      if (head && (head[0] === floor || !nounish(toks[head[0] - 1]))) return [head[0], np[1]];
      return np;
    }
    if (has(t, 'Verb') && !has(t, 'Participle') && !has(t, 'PastTense') && !has(t, 'Gerund') && !has(t, 'Auxiliary') && !has(t, 'Copula')) return np;
  }
  return np;
}

/** "Dean Ortiz, a teacher from Salem, Oregon, says": a place's own comma made the appositive look like the subject;
 *  a name opening the clause before it is the head. */
export function nameBefore(ctx: Ctx, np: [number, number], floor: number): [number, number] {
  const { toks } = ctx;
  if (np[0] - 1 < floor || !/,/.test(gapAfter(ctx, np[0] - 1)) || has(toks[np[0]], 'ProperNoun')) return np;
  const head = npLeft(ctx, np[0] - 1, floor);
  if (!head || !(has(toks[head[1]], 'Person') || has(toks[head[1]], 'ProperNoun'))) return np;
  return head[0] === firstReal(ctx, floor) || /[,;:—]/.test(gapAfter(ctx, head[0] - 1)) ? [head[0], np[1]] : np;
}
