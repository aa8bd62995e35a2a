// The worker-thread entry point for piscina: one task in, one document out. A fatal error goes back as a
// message (runner.ts turns it into the ExtractError again): a thrown one would lose its code on the way.
import { ExtractError, type FatalMessage } from '../errors.js';
import type { OutDocument } from '../types.js';
import { processTask, type Task } from './task.js';

export default async function run(task: Task): Promise<OutDocument | FatalMessage> {
  try {
    return await processTask(task);
  } catch (err) {
    if (err instanceof ExtractError) return { fatal: { code: err.code, message: err.message, ...(err.path ? { path: err.path } : {}) } };
    throw err;
  }
}
