import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Computed } from './page-results.js';

/** Below this many pages per worker, starting workers costs more than it saves. */
export const MIN_PAGES_PER_WORKER = 32;
/** The fewest pages handed to a worker at a time: small enough to keep both cores busy to the end. */
const BATCH = 8;
/**
 * A batch is this share of what is left per worker (guided scheduling): neighbouring pages share
 * includes and cell texts, which each worker parses once for itself, so long runs of them cost
 * less than pages dealt out in turn; the batches shrink towards the end to keep both cores busy.
 */
const SHARE = 2;

const workerUrl = new URL('./page-worker.js', import.meta.url);

/** Workers run the built JavaScript; from TypeScript sources (tests) there is none and pages stay on this thread. */
export function canUseWorkers(): boolean {
  return workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl));
}

/** What a worker is asked to do with each page: `pageOutcome` or `namedTypesOutcome` (build-ir.ts). */
export type PageJobKind = 'page' | 'types';

export interface PageJobs {
  kind: PageJobKind;
  sources: string[];
}

export type PageResult<T = unknown> = [source: string, computed: Computed<T>];

/**
 * Worker threads that parse and extract pages, kept for several rounds of jobs (a round's
 * sources depend on the round before), so the later rounds find them started and warm.
 * Between rounds they do not keep the process alive (an exception that skips `close` cannot hang it).
 */
export interface PageWorkerPool {
  /**
   * Computes `sources` as `kind` jobs, handing out small batches as workers free up. Results
   * go to `keep` as they come (the caller orders them). Resolves to the sources that no worker
   * finished (all of them once a worker failed), for the caller to do itself.
   */
  run<T>(kind: PageJobKind, sources: readonly string[], keep: (source: string, computed: Computed<T>) => void, onProgress?: (done: number) => void): Promise<string[]>;
  close(): Promise<void>;
}

export function startPageWorkers(docsRoot: string, count: number): PageWorkerPool {
  const workers: Worker[] = [];
  let failed = false;
  /** The current round's handler; `undefined` between rounds. */
  let onMessage: ((worker: Worker, results: PageResult[]) => void) | undefined;
  let onFailure: ((error: unknown) => void) | undefined;
  const fail = (error: unknown): void => {
    failed = true;
    onFailure?.(error);
  };
  for (let i = 0; i < count; i++) {
    const worker = new Worker(workerUrl, { workerData: { docsRoot } });
    workers.push(worker);
    worker.on('message', (results: PageResult[]) => onMessage?.(worker, results));
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`page worker exited with code ${code}`));
    });
    worker.unref();
  }
  return {
    async run<T>(kind: PageJobKind, sources: readonly string[], keep: (source: string, computed: Computed<T>) => void, onProgress?: (done: number) => void): Promise<string[]> {
      const pending = new Set(sources);
      if (failed || sources.length === 0) return [...sources];
      let next = 0;
      let done = 0;
      for (const worker of workers) worker.ref();
      try {
        await new Promise<void>((resolve, reject) => {
          let active = 0;
          const feed = (worker: Worker): void => {
            if (next >= sources.length) {
              active--;
              if (active === 0) resolve();
              return;
            }
            const size = Math.max(BATCH, Math.ceil((sources.length - next) / (SHARE * workers.length)));
            const batch = sources.slice(next, next + size);
            next += batch.length;
            const jobs: PageJobs = { kind, sources: batch };
            worker.postMessage(jobs);
          };
          onFailure = reject;
          onMessage = (worker, results) => {
            for (const [source, computed] of results) {
              pending.delete(source);
              keep(source, computed as Computed<T>);
            }
            done += results.length;
            onProgress?.(done);
            feed(worker);
          };
          for (const worker of workers) {
            active++;
            feed(worker);
          }
        });
      } catch {
        // Whatever a failed worker left undone is done on this thread: same results, only slower.
      } finally {
        onMessage = undefined;
        onFailure = undefined;
        for (const worker of workers) worker.unref();
      }
      return sources.filter((s) => pending.has(s));
    },
    async close(): Promise<void> {
      onMessage = undefined;
      onFailure = undefined;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
