import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Computed, PageOutcome } from './build-ir.js';

/** Below this many pages per worker, starting workers costs more than it saves. */
export const MIN_PAGES_PER_WORKER = 32;
/** Pages handed to a worker at a time: small enough to keep both cores busy to the end. */
const BATCH = 8;

const workerUrl = new URL('./page-worker.js', import.meta.url);

/** Workers run the built JavaScript; from TypeScript sources (tests) there is none and pages stay on this thread. */
export function canUseWorkers(): boolean {
  return workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl));
}

export type PageResult = [source: string, computed: Computed<PageOutcome>];

/**
 * Parses and extracts `sources` on `count` worker threads, handing out small batches as
 * workers free up. Results go to `keep` as they come (the caller orders them). Resolves to
 * the sources that no worker finished (all of them if a worker failed), for the caller to do itself.
 */
export async function computeInWorkers(
  docsRoot: string,
  sources: readonly string[],
  count: number,
  keep: (source: string, computed: Computed<PageOutcome>) => void,
  onProgress: (done: number) => void,
): Promise<string[]> {
  const pending = new Set(sources);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let active = 0;
      const feed = (worker: Worker): void => {
        if (next >= sources.length) {
          active--;
          if (active === 0) resolve();
          return;
        }
        const batch = sources.slice(next, next + BATCH);
        next += batch.length;
        worker.postMessage(batch);
      };
      for (let i = 0; i < count; i++) {
        const worker = new Worker(workerUrl, { workerData: { docsRoot } });
        workers.push(worker);
        active++;
        worker.on('message', (results: PageResult[]) => {
          for (const [source, computed] of results) {
            pending.delete(source);
            keep(source, computed);
          }
          done += results.length;
          onProgress(done);
          feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0) reject(new Error(`page worker exited with code ${code}`));
        });
        feed(worker);
      }
    });
  } catch {
    // Whatever a failed worker left undone is done on this thread: same results, only slower.
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return sources.filter((s) => pending.has(s));
}
