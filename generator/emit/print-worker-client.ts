/**
 * A worker thread that prints parts and compiles modules for an incremental run. Started early
 * (while this thread reads the cache and rebuilds the IR), it has ts-morph and TypeScript loaded
 * by the time the run knows what to print, so this thread never loads them: they take longer to
 * load than a one-page change takes to print.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ModuleViews } from './module-views.js';
import type { PartRequest, PrintParts } from './parts.js';
import type { TranspiledFile } from './transpile.js';

export type PrintWorkerJob =
  | { kind: 'print'; parts: readonly PartRequest[] }
  | { kind: 'transpile'; modules: ReadonlyArray<readonly [file: string, source: string]> }
  | { kind: 'remove'; folder: string };

export type PrintWorkerRequest = PrintWorkerJob & { id: number };

export type PrintWorkerReply =
  | { id: number; ok: true; views: ModuleViews[] }
  | { id: number; ok: true; transpiled: TranspiledFile[] }
  | { id: number; ok: true; removed: string }
  | { id: number; ok: false; message: string };

/** What the worker is started with. */
export interface PrintWorkerData {
  /** Where V8's code cache of TypeScript is kept between runs (see `useCodeCache`); none without. */
  codeCacheDir?: string;
}

export interface PrintWorker {
  print: PrintParts;
  /** Parts it has printed so far. */
  readonly printed: number;
  transpile(modules: ReadonlyArray<readonly [file: string, source: string]>): Promise<TranspiledFile[]>;
  /** Removes a folder and all it holds (the writer's set-aside previous package) on the worker's thread. */
  remove(folder: string): Promise<void>;
  close(): Promise<void>;
}

const workerUrl = new URL('./print-worker.js', import.meta.url);

/** The worker runs the built JavaScript; from TypeScript sources (tests) there is none. */
export function canStartPrintWorker(): boolean {
  return workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl));
}

/**
 * Starts the worker. Requests reject when it fails or has exited; the caller then does the work
 * on its own thread. Between requests it does not keep the process alive.
 */
export function startPrintWorker(data: PrintWorkerData = {}): PrintWorker {
  const worker = new Worker(workerUrl, { workerData: data });
  worker.unref();
  const pending = new Map<number, { resolve: (reply: PrintWorkerReply) => void; reject: (error: Error) => void }>();
  let failure: Error | undefined;
  let nextId = 0;
  const failAll = (error: Error): void => {
    failure ??= error;
    for (const { reject } of pending.values()) reject(failure);
    pending.clear();
    worker.unref();
  };
  worker.on('message', (reply: PrintWorkerReply) => {
    const waiting = pending.get(reply.id);
    if (waiting === undefined) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    waiting.resolve(reply);
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => failAll(new Error(`print worker exited with code ${code}`)));
  const ask = (job: PrintWorkerJob): Promise<PrintWorkerReply> =>
    new Promise((resolve, reject) => {
      if (failure !== undefined) {
        reject(failure);
        return;
      }
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...job, id });
    });
  const unwrap = <T>(reply: PrintWorkerReply, pick: (ok: Extract<PrintWorkerReply, { ok: true }>) => T | undefined): T => {
    if (!reply.ok) throw new Error(`print worker: ${reply.message}`);
    const value = pick(reply);
    if (value === undefined) throw new Error('print worker: a reply of the wrong kind');
    return value;
  };
  let printed = 0;
  return {
    print: async (parts) => {
      const views = unwrap(await ask({ kind: 'print', parts }), (r) => ('views' in r ? r.views : undefined));
      printed += views.length;
      return views;
    },
    get printed() {
      return printed;
    },
    transpile: async (modules) => unwrap(await ask({ kind: 'transpile', modules }), (r) => ('transpiled' in r ? r.transpiled : undefined)),
    remove: async (folder) => {
      unwrap(await ask({ kind: 'remove', folder }), (r) => ('removed' in r ? r.removed : undefined));
    },
    async close(): Promise<void> {
      failAll(new Error('print worker closed'));
      await worker.terminate();
    },
  };
}
