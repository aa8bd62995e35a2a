// The worker-thread entry point for piscina: one task in, one document out. A fatal error goes back as a
// message (runner.ts turns it into the ExtractError again): a thrown one would lose its code on the way.
import { ExtractError, type FatalMessage } from '../errors.js';
import type { OutDocument } from '../types.js';
import { processTask, type Task, WARM_UP, warmUp } from './task.js';

export default async function run(task: Task | typeof WARM_UP): Promise<OutDocument | FatalMessage | null> {
  if (task === WARM_UP) return warmUp().then(() => null);
  try {
    return await processTask(task);
  } catch (err) {
    if (err instanceof ExtractError) return { fatal: { code: err.code, message: err.message, ...(err.path ? { path: err.path } : {}) } };
    throw err;
  }
}
