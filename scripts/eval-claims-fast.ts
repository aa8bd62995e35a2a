// Fast dev loop for claims: segment + findClaims in-process, scored by the shared scorer.
// usage: node dist/scripts/eval-claims-fast.js [GOLD.jsonl] [--curve] [--dump FILE] [--cache DIR] [--parts]
// --cache keeps segmentations on disk so repeated runs skip compromise (the slow part).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { segment } from '../src/segment/index.js';
import { findClaims } from '../src/claims/index.js';
import { findEntities } from '../src/entities/index.js';
import type { FoundClaim, Segmented } from '../src/types.js';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const opt = (k: string): string | undefined => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
const here = path.dirname(new URL(import.meta.url).pathname);
const shared = path.resolve(here, '../../../shared');
const goldFile = args[0] && !args[0].startsWith('--') ? args[0] : path.join(shared, 'data/polnear/dev.jsonl');
const { scoreFiles, report } = require(path.join(shared, 'eval/attribution-score.cjs')) as {
  scoreFiles: (g: unknown[], p: unknown[], o?: object) => { summary: any };
  report: (s: unknown) => string;
};

interface Gold { id: string; text: string; attributions: unknown[] }
const gold: Gold[] = fs.readFileSync(goldFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const cache = opt('--cache');
const usePartsFlag = args.includes('--parts');
if (cache) fs.mkdirSync(cache, { recursive: true });

let segMs = 0, claimMs = 0;
const all: { id: string; claims: FoundClaim[] }[] = [];
for (const g of gold) {
  let seg: Segmented;
  const cf = cache ? path.join(cache, g.id.replace(/[^A-Za-z0-9._-]/g, '_') + '.json') : '';
  if (cache && fs.existsSync(cf)) seg = JSON.parse(fs.readFileSync(cf, 'utf8'));
  else {
    const t0 = performance.now();
    seg = segment(g.text);
    segMs += performance.now() - t0;
    if (cache) fs.writeFileSync(cf, JSON.stringify(seg));
  }
  // the entity stage's names reach the claims, as in a real run
  const entities = findEntities(seg, '2016-06-01', []);
  const t1 = performance.now();
  const claims = findClaims(seg, entities);
  claimMs += performance.now() - t1;
  all.push({ id: g.id, claims });
}

const span = (s: { start: number; end: number } | undefined) => (s && s.end > s.start ? [s.start, s.end] : null);
const toPred = (minConf: number) => all.map(({ id, claims }) => ({
  id,
  attributions: claims.filter((c) => c.confidence >= minConf).map((c) => ({
    source: span(c.source), cue: span(c.cue),
    // claims-eval.mjs scores the hull (content start/end); --parts scores the pieces of a split quote instead
    content: usePartsFlag && c.content.parts && c.content.parts.length > 1 ? c.content.parts.map((p) => [p.start, p.end]) : span(c.content),
    direct: c.kind === 'direct',
  })),
}));

const res = scoreFiles(gold, toPred(0));
console.log(report(res.summary));
const s = res.summary;
const pct = (x: number) => (100 * (x ?? 0)).toFixed(1);
console.log(`fast: found=${pct(s.attribution.found.f1)} source=${pct(s.roles.source.exact.f1)} cue=${pct(s.roles.cue.exact.f1)} content=${pct(s.roles.content.exact.f1)} contentLenient=${pct(s.roles.content.lenient.f1)} indirectR=${pct(s.attribution.recall_by_gold_type.indirect?.recall)} segMs=${segMs.toFixed(0)} claimMs=${claimMs.toFixed(0)}`);

if (args.includes('--curve')) {
  console.log('confidence  predicted  found-precision  found-recall');
  for (const t of [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const r = scoreFiles(gold, toPred(t)).summary.attribution.found;
    console.log(`>= ${t.toFixed(1)}      ${String(r.np).padStart(5)}      ${pct(r.p).padStart(5)}          ${pct(r.r).padStart(5)}`);
  }
}
const dump = opt('--dump');
if (dump) fs.writeFileSync(dump, all.map((d) => JSON.stringify(d)).join('\n') + '\n');
