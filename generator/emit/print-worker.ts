/**
 * The print worker (`startPrintWorker`): loads the printers, ts-morph and TypeScript as soon as
 * it starts (TypeScript from V8's code cache, when the run gave a place for it), then prints the
 * parts and compiles the modules it is sent, one request at a time. It also removes the folder
 * the writer set the previous package aside in, while the run's own thread saves the cache.
 */
import { rmSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { saveCodeCache, useCodeCache } from '../cache/code-cache.js';
import type { PrintWorkerData, PrintWorkerReply, PrintWorkerRequest } from './print-worker-client.js';

const { codeCacheDir } = (workerData ?? {}) as PrintWorkerData;
// ts-morph, its copy of TypeScript, and what they require: the hook must be in place before they load.
if (codeCacheDir !== undefined) useCodeCache(codeCacheDir, /[\\/]node_modules[\\/].*\.c?js$/);
const printers = Promise.all([import('./part-printers.js'), import('./transpile.js'), import('./print-warmup.js')]).then(([printing, transpiling, { warmupRequests }]) => {
  // A made-up method's parts, printed now: the printer is warm by the time the run asks (see print-warmup.ts).
  try {
    printing.printParts(warmupRequests());
  } catch {
    // Only speed is lost.
  }
  return [printing, transpiling] as const;
});

/** Removes a folder; needs none of the printers. */
async function remove(id: number, folder: string): Promise<PrintWorkerReply> {
  rmSync(folder, { recursive: true, force: true });
  return { id, ok: true, removed: folder };
}

parentPort?.on('message', (request: PrintWorkerRequest) => {
  const answer =
    request.kind === 'remove'
      ? remove(request.id, request.folder)
      : printers.then(([{ printParts }, { transpileFile }]): PrintWorkerReply =>
          request.kind === 'print'
            ? { id: request.id, ok: true, views: printParts(request.parts) }
            : { id: request.id, ok: true, transpiled: request.modules.map(([file, source]) => transpileFile(file, source)) },
        );
  void answer
    .catch((error: unknown): PrintWorkerReply => ({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }))
    .then((reply) => {
      parentPort?.postMessage(reply);
      // After a job, the cache holds the functions printing compiled too.
      if (reply.ok && request.kind !== 'remove') saveCodeCache();
    });
});
