// The worker-thread entry point for piscina: one task in, one document out.
import { processTask, type Task } from './task.js';

export default function run(task: Task) {
  return processTask(task);
}
