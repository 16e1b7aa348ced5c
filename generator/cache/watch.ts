import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';

export interface WatchOptions {
  /** Quiet time after the last change before a run starts. */
  debounceMs?: number;
  /** Called with a run's failure; the watcher goes on. */
  onError?: (error: unknown) => void;
}

export interface DocsWatcher {
  close(): void;
  /** Settles when the run in progress (if any) has finished. */
  idle(): Promise<void>;
}

/**
 * Runs `run` whenever files under `root` change, once the changes have been quiet for
 * `debounceMs`. Runs never overlap: changes during a run start one more run after it.
 * Uses `fs.watch` with `recursive`, which Node 20 supports on Linux, macOS and Windows.
 */
export function watchDocs(root: string, run: () => Promise<void>, options: WatchOptions = {}): DocsWatcher {
  const debounceMs = options.debounceMs ?? 200;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let pending = false;
  let closed = false;

  const start = (): void => {
    timer = undefined;
    if (closed) return;
    if (running) {
      pending = true;
      return;
    }
    running = run()
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = undefined;
        if (pending && !closed) {
          pending = false;
          schedule();
        }
      });
  };
  const schedule = (): void => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(start, debounceMs);
  };

  const watcher: FSWatcher = watch(root, { recursive: true }, () => schedule());
  watcher.on('error', (error) => options.onError?.(error));

  return {
    close(): void {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher.close();
    },
    async idle(): Promise<void> {
      while (running) await running;
    },
  };
}
