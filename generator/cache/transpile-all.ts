import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Transpiled } from './transpile-cache.js';

export type TranspileReply = [file: string, out: Transpiled | null];
type Transpile = (fileName: string, source: string) => Transpiled;

const workerUrl = new URL('./transpile-worker.js', import.meta.url);
/** Below this much source, a second thread (which must load ts-morph itself) does not pay off. */
const MIN_PARALLEL_CHARS = 500_000;

/** Enough source to transpile that a second thread pays off. */
export function worthSharing(jobs: ReadonlyArray<[string, string]>): boolean {
  return jobs.reduce((n, [, s]) => n + s.length, 0) >= MIN_PARALLEL_CHARS;
}

/** A helper thread, started early so that it loads ts-morph while the main thread prints the sources. */
export interface TranspileHelper {
  run(jobs: Array<[string, string]>): Promise<TranspileReply[]>;
  stop(): Promise<void>;
}

export function startTranspileHelper(): TranspileHelper | undefined {
  if (workerUrl.protocol !== 'file:' || !existsSync(fileURLToPath(workerUrl))) return undefined;
  const worker = new Worker(workerUrl);
  worker.unref();
  return {
    run: (jobs) =>
      new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage(jobs);
      }),
    stop: async () => {
      await worker.terminate();
    },
  };
}

/**
 * Transpiles `jobs`, sharing them by size between this thread and `helper` when there is
 * enough work. Each module is transpiled by the same function either way, so the output does
 * not depend on who did it; a module the helper could not do is done here (and throws here).
 */
export async function transpileAll(jobs: ReadonlyArray<[string, string]>, transpile: Transpile, helper: TranspileHelper | undefined): Promise<Map<string, Transpiled>> {
  const results = new Map<string, Transpiled>();
  let here: Array<[string, string]> = [...jobs];
  let there: Promise<TranspileReply[]> | undefined;
  if (helper && worthSharing(jobs)) {
    here = [];
    const away: Array<[string, string]> = [];
    let hereSize = 0;
    let awaySize = 0;
    // Largest first, each to the lighter side; the helper starts later (ts-morph loading), so it gets a little less.
    for (const job of [...jobs].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) {
      if (awaySize + job[1].length <= hereSize * 0.9 + job[1].length / 2) {
        away.push(job);
        awaySize += job[1].length;
      } else {
        here.push(job);
        hereSize += job[1].length;
      }
    }
    there = away.length > 0 ? helper.run(away).catch(() => away.map(([f]): TranspileReply => [f, null])) : undefined;
  }
  for (const [file, source] of here) results.set(file, transpile(file, source));
  if (there) {
    const sources = new Map(jobs);
    for (const [file, out] of await there) results.set(file, out ?? transpile(file, sources.get(file) as string));
  }
  return results;
}
