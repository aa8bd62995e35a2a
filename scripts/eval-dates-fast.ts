// Fast in-process date scorer: findDates(segment(text), dct, []) per TimeBank doc, scored like
// ../shared/eval/dates-eval.mjs (DATE only, neutral predictions over other timex types).
// usage: node dist/scripts/eval-dates-fast.js [DATA.jsonl] [--verbose] [--limit N]
import fs from 'node:fs';
import { segment } from '../src/segment/index.js';
import { findDates } from '../src/dates/index.js';
import type { Diagnostic } from '../src/types.js';
import { mayHoldDate } from '../src/dates/prefilter.js';
import { libStats } from '../src/dates/parse.js';

interface Timex { start: number; end: number; type: string; value: string; text: string }
interface Doc { id: string; text: string; dct: string; timexes: Timex[] }
interface Pred { start: number; end: number; text: string; value?: string }

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? '../shared/data/timebank/dev.jsonl';
const verbose = args.includes('--verbose');
const li = args.indexOf('--limit');
let docs = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Doc);
if (li >= 0) docs = docs.slice(0, Number(args[li + 1]));

function cpOf(text: string): (u: number) => number {
  const m = new Map<number, number>();
  let c = 0, u = 0;
  for (const ch of text) { m.set(u, c); u += ch.length; c++; }
  m.set(u, c);
  return (x) => m.get(x) ?? x;
}
const day = (s: unknown) => { const v = String(s ?? '').trim().toUpperCase(); return /^\d{4}-\d{2}-\d{2}T/.test(v) ? v.slice(0, 10) : v; };
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const fmt = (dt: Date) => iso(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
function bounds(g: string): [string, string] | null {
  let m;
  if (/^(\d{4})-(\d{2})-(\d{2})$/.test(g)) return [g, g];
  if ((m = g.match(/^(\d{4})-(\d{2})$/))) return [`${g}-01`, fmt(new Date(Date.UTC(+m[1]!, +m[2]!, 0)))];
  if (/^(\d{4})$/.test(g)) return [`${g}-01-01`, `${g}-12-31`];
  if ((m = g.match(/^(\d{4})-W(\d{2})$/))) {
    const jan4 = new Date(Date.UTC(+m[1]!, 0, 4));
    const mon = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (+m[2]! - 1) * 7 * 864e5);
    return [fmt(mon), fmt(new Date(mon.getTime() + 6 * 864e5))];
  }
  return null;
}
function valueEq(pred: string | undefined, gold: string, dct: string): boolean {
  if (typeof pred !== 'string' || !pred.trim()) return false;
  const g = day(gold) === 'PRESENT_REF' ? dct : day(gold), p = day(pred);
  if (p === day(gold) || p === g) return true;
  if (!p.includes('/')) return false;
  const [a, b, ...rest] = pred.split('/').map(day);
  if (rest.length) return false;
  if (a === g && b === g) return true;
  const bd = bounds(g);
  return !!bd && a === bd[0] && b === bd[1];
}
const overlap = (x: { start: number; end: number }, y: { start: number; end: number }) => Math.min(x.end, y.end) - Math.max(x.start, y.start);

let datesMs = 0;
let sents = 0, sentsIn = 0, chars = 0, charsIn = 0;
let gold = 0, pred = 0, pairs = 0, exact = 0, valueOk = 0, threw = 0, recovered = 0;
const errors: string[] = [];
const t0 = performance.now();
for (const d of docs) {
  const diags: Diagnostic[] = [];
  const seg = segment(d.text);
  const t1 = performance.now();
  const found = findDates(seg, d.dct, diags);
  datesMs += performance.now() - t1;
  for (const s of seg.sentences) {
    const t = d.text.slice(s.start, s.end);
    sents++; chars += t.length;
    if (mayHoldDate(t)) { sentsIn++; charsIn += t.length; }
  }
  if (diags.some((x) => x.code === 'DATE_PARSER_FAILED')) { threw++; if (found.length) recovered++; }
  const toCp = cpOf(d.text);
  const seen = new Set<string>();
  const g = d.timexes.filter((t) => t.type === 'DATE');
  const others = d.timexes.filter((t) => t.type !== 'DATE');
  const p: Pred[] = found.map((f) => ({ start: toCp(f.start), end: toCp(f.end), text: f.text, value: f.value }))
    .filter((x) => { const k = `${x.start}:${x.end}`; if (seen.has(k)) return false; seen.add(k); return true; })
    .filter((x) => g.some((y) => overlap(x, y) > 0) || !others.some((o) => overlap(x, o) > 0));
  const cands: { gi: number; pi: number; o: number; exact: boolean }[] = [];
  g.forEach((gg, gi) => p.forEach((pp, pi) => { const o = overlap(gg, pp); if (o > 0) cands.push({ gi, pi, o, exact: gg.start === pp.start && gg.end === pp.end }); }));
  cands.sort((a, b) => (Number(b.exact) - Number(a.exact)) || (b.o - a.o) || (a.gi - b.gi) || (a.pi - b.pi));
  const ug = new Set<number>(), up = new Set<number>();
  gold += g.length; pred += p.length;
  for (const c of cands) {
    if (ug.has(c.gi) || up.has(c.pi)) continue;
    ug.add(c.gi); up.add(c.pi); pairs++;
    const gg = g[c.gi]!, pp = p[c.pi]!;
    if (c.exact) exact++;
    if (valueEq(pp.value, gg.value, d.dct)) valueOk++;
    else errors.push(`${d.id} VALUE gold ${JSON.stringify(gg.text)} ${gg.value} pred ${JSON.stringify(pp.text)} ${pp.value ?? '-'} dct=${d.dct}`);
    if (!c.exact) errors.push(`${d.id} SPAN gold ${JSON.stringify(gg.text)} pred ${JSON.stringify(pp.text)}`);
  }
  g.forEach((gg, gi) => { if (!ug.has(gi)) errors.push(`${d.id} MISSED ${JSON.stringify(gg.text)} ${gg.value} | ${JSON.stringify(d.text.slice(Math.max(0, gg.start - 60), gg.end + 30).replace(/\s+/g, ' '))}`); });
  p.forEach((pp, pi) => { if (!up.has(pi)) errors.push(`${d.id} SPURIOUS ${JSON.stringify(pp.text)} ${pp.value ?? '-'}`); });
}
const ms = performance.now() - t0;
const f = (tp: number) => { const pr = pred ? tp / pred : 0, r = gold ? tp / gold : 0; return pr + r ? (200 * pr * r) / (pr + r) : 0; };
if (verbose) console.log(errors.join('\n'));
console.log(`docs=${docs.length} threw=${threw} recovered=${recovered} ${(ms / 1000).toFixed(1)}s (findDates ${(datesMs / 1000).toFixed(2)}s, the rest segment); pre-filter passes ${sentsIn}/${sents} sentences (${((100 * sentsIn) / sents).toFixed(1)}%), ${((100 * charsIn) / chars).toFixed(1)}% of sentence chars to the grammar; compromise-dates called on ${libStats.calls} sentences (${((100 * libStats.calls) / sents).toFixed(1)}%, ${((100 * libStats.chars) / chars).toFixed(1)}% of chars)`);
console.log(`dates: spanF1=${f(pairs).toFixed(1)} strictF1=${f(exact).toFixed(1)} valueAcc=${(pairs ? (100 * valueOk) / pairs : 0).toFixed(1)} valueF1=${f(valueOk).toFixed(1)} gold=${gold} pred=${pred}`);
