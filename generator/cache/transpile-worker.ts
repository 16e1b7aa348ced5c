/** A worker thread of `transpileAll`: transpiles the modules it is sent (loading ts-morph on its own). */
import { parentPort } from 'node:worker_threads';
import { transpileFile } from '../emit/transpile.js';
import type { TranspileReply } from './transpile-all.js';

parentPort?.on('message', (jobs: Array<[string, string]>) => {
  const reply: TranspileReply[] = jobs.map(([file, source]) => {
    try {
      return [file, transpileFile(file, source)];
    } catch {
      // The main thread transpiles it again, to throw the very same error.
      return [file, null];
    }
  });
  parentPort?.postMessage(reply);
});
