// Building blocks shared by the date rules: the Rule shape, regex pieces, small helpers.
import { YEAR, yearOf } from './lexicon.js';
import type { Ctx } from './normalize.js';

export interface Rule {
  name: string;
  re: RegExp;
  /** The value; null = words that are not a date (claimed and dropped); undefined = the rule does not apply. */
  value: (g: Record<string, string | undefined>, ctx: Ctx, m: RegExpExecArray) => string | null | undefined;
  /** Optionally a narrower span [start, end) than group x, in sentence offsets. */
  narrow?: (m: RegExpExecArray) => [number, number] | undefined;
}

export const day = (s: string | undefined) => (s ? parseInt(s, 10) : NaN);
export const shiftOf = (w: string | undefined): number | null => {
  const t = (w ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (/^(this|the current|current|the present)$/.test(t)) return 0;
  if (/^(last|the last|the previous|previous|the past|past|this past|the preceding)$/.test(t)) return -1;
  if (/^(next|the next|the coming|coming|this coming|the following)$/.test(t)) return 1;
  return null;
};
/** "this year" / "last year" / "1989" / "fiscal 1989" → a year number, relative to the anchor. */
export const yearRef = (s: string | undefined, ctx: Ctx): number | null => {
  if (!s) return null;
  const t = s.replace(/^fiscal\s+(?:year\s+)?/i, '').replace(/['’]s$/, '');
  const y = yearOf(t);
  if (y !== null) return y;
  const m = /^(this|last|next|the) year$/i.exec(t);
  if (m) return ctx.anchor.y + (shiftOf(m[1]) ?? 0);
  return null;
};
/** Up to n characters after / before the match (bounded, so long sentences stay linear). */
export const after = (m: RegExpExecArray, n = 200) => m.input.slice(m.index + m[0].length, m.index + m[0].length + n);
export const before = (m: RegExpExecArray, n = 200) => m.input.slice(Math.max(0, m.index - n), m.index);

export const R = (name: string, src: string, value: Rule['value'], narrow?: Rule['narrow']): Rule => ({ name, re: new RegExp(src, 'gid'), value, narrow });
/** "the third-quarter loss": the date is the hyphenated adjective, not the determiner before it. */
export const adjectiveOnly = (m: RegExpExecArray): [number, number] | undefined => {
  const gi = m.indices?.groups;
  if (!gi || m.groups?.h !== '-' || !m.groups?.det || !gi.x) return undefined;
  if (!/^\s+[A-Za-z$]/.test(m.input.slice(gi.x[1], gi.x[1] + 40))) return undefined;
  const starts = [gi.y1, gi.fy, gi.ord].filter((r): r is [number, number] => !!r).map((r) => r[0]);
  return [Math.min(...starts), gi.x[1]];
};

export const B = String.raw`(?<![\w'’-])`; // word start
export const E = String.raw`(?![\w-])`; // word end
export const MODS = String.raw`(?:early|late|mid|end|the (?:beginning|start|end|middle|close) of|the (?:early|late))`;
export const YREF = String.raw`(?:(?:fiscal\s+(?:year\s+)?)?${YEAR}|this year|last year|next year|the year)`;
export const PART = String.raw`(?:\s+(?:morning|afternoon|evening|night))?`;
export const REL = String.raw`(?:this coming|this past|this|last|next|the previous|the following|the preceding)`;
export const QDET = String.raw`(?:the|its|this year's|last year's|next year's|the company's|their|this|the year-ago|the year-earlier|the comparable year-ago|the comparable year-earlier|the year-before|the prior-year|the prior year's)`;

