/** Time as the runtime sees it; tests inject a fake one so nothing really sleeps. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Resolve after `ms`; reject with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new Error('aborted');
}

export const systemClock: Clock = {
  now: Date.now,
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        clearTimeout(timer);
        reject((signal as AbortSignal).reason ?? new Error('aborted'));
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      if (signal?.aborted === true) onAbort();
      else signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/** A clock whose time moves only when someone sleeps on it (or `advance` is called): for tests. */
export interface ManualClock extends Clock {
  advance(ms: number): void;
  /** Every sleep requested so far, in ms. */
  readonly sleeps: number[];
}

export function createManualClock(startMs = 1_700_000_000_000): ManualClock {
  let now = startMs;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance(ms) {
      now += ms;
    },
    sleep(ms, signal) {
      if (signal?.aborted === true) return Promise.reject(abortReason(signal));
      sleeps.push(ms);
      if (ms > 0) now += ms;
      return Promise.resolve();
    },
  };
}
