/**
 * The print worker (`startPrintWorker`): loads the printers, ts-morph and TypeScript as soon as
 * it starts, then prints the parts and compiles the modules it is sent, one request at a time.
 */
import { parentPort } from 'node:worker_threads';
import { printParts } from './part-printers.js';
import type { PrintWorkerReply, PrintWorkerRequest } from './print-worker-client.js';
import { transpileFile } from './transpile.js';

parentPort?.on('message', (request: PrintWorkerRequest) => {
  let reply: PrintWorkerReply;
  try {
    reply =
      request.kind === 'print'
        ? { id: request.id, ok: true, views: printParts(request.parts) }
        : { id: request.id, ok: true, transpiled: request.modules.map(([file, source]) => transpileFile(file, source)) };
  } catch (error) {
    reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
