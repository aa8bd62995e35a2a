// The worker-thread entry point for piscina: one task in, one document out. A fatal error goes back as a
// message (runner.ts turns it into the ExtractError again): a thrown one would lose its code on the way.
import { workerData } from 'node:worker_threads';
import { ExtractError, type FatalMessage } from '../errors.js';
import type { OutDocument } from '../types.js';
import { loadAnalysis, processTask, type Task } from './task.js';

// A warm thread loads the analysis before its first document arrives (see createRunner). Should that
// fail, the thread lives on: the first document meets the failure again and reports it as usual.
if ((workerData as { warm?: boolean } | null)?.warm) loadAnalysis().catch(() => {});

export default async function run(task: Task): Promise<OutDocument | FatalMessage> {
  try {
    return await processTask(task);
  } catch (err) {
    if (err instanceof ExtractError) return { fatal: { code: err.code, message: err.message, ...(err.path ? { path: err.path } : {}) } };
    throw err;
  }
}
