// What the training scripts share: PolNeAR documents, their spans, and segmentations cached on disk
// (segmenting the training set is the slow part of every run).
import fs from 'node:fs';
import path from 'node:path';
import { segment } from '../src/segment/index.js';
import { findEntities } from '../src/entities/index.js';
import { withNames } from '../src/claims/names.js';
import type { Segmented } from '../src/types.js';

/** A gold span: none, one range, or several (discontinuous). */
export type Raw = null | number[] | number[][];
export interface Gold { id: string; text: string; attributions: { source: Raw; cue: Raw; content: Raw }[] }

export const frags = (s: Raw): number[][] => (s == null || s.length === 0 ? [] : typeof s[0] === 'number' ? [s as number[]] : (s as number[][]));

export function readGold(file: string): Gold[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Gold);
}

/** The document's segmentation, from `cache` when it holds one, with the entity stage's names on its tokens
 *  as the claims stage sees them in a real run. */
export function segmented(g: Gold, cache: string | undefined): Segmented {
  return named(rawSegmented(g, cache));
}

function rawSegmented(g: Gold, cache: string | undefined): Segmented {
  if (!cache) return segment(g.text);
  fs.mkdirSync(cache, { recursive: true });
  const cf = path.join(cache, g.id.replace(/[^A-Za-z0-9._-]/g, '_') + '.json');
  if (fs.existsSync(cf)) return JSON.parse(fs.readFileSync(cf, 'utf8')) as Segmented;
  const seg = segment(g.text);
  fs.writeFileSync(cf, JSON.stringify(seg));
  return seg;
}

/** Names do not depend on the reference date; any will do. */
export function named(seg: Segmented): Segmented {
  return withNames(seg, findEntities(seg, '2016-06-01', []));
}

/** The options both trainers take: [TRAIN.jsonl] [--cache DIR] [--holdout [--fold K]], and a reader for the
 *  others. With --holdout every fifth document (those numbered K modulo 5) is kept out of training, to measure on. */
export function trainerArgs() {
  const args = process.argv.slice(2);
  const opt = (k: string): string | undefined => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
  const holdout = args.includes('--holdout');
  const fold = Number(opt('--fold') ?? 0);
  return {
    args, opt, root, holdout,
    file: args[0] && !args[0].startsWith('--') ? args[0] : path.resolve(root, '../shared/data/polnear/train.jsonl'),
    cache: opt('--cache'),
    held: (doc: number) => holdout && doc % 5 === fold,
  };
}
