import type { Clock } from './clock.js';

export interface RateLimitOptions {
  /** Requests that may go out at once before pacing starts (the portal's threshold X). */
  readonly burst: number;
  /** Drain rate of the bucket (the portal's Y). */
  readonly perSecond: number;
}

/** Documented limits: most plans, and Enterprise. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 50, perSecond: 2 };
export const ENTERPRISE_RATE_LIMIT: RateLimitOptions = { burst: 250, perSecond: 5 };

export interface RateLimiter {
  /** Wait for a slot; resolves when the request may be sent. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** The portal answered QUERY_LIMIT_EXCEEDED: its bucket is full, so treat ours as full too. */
  onLimitExceeded(): void;
  /** Current fill level (for tests and diagnostics). */
  level(): number;
}

/**
 * A client-side leaky bucket mirroring the portal's: each request adds one, the level drains at
 * `perSecond`. A request that would overflow `burst` reserves its place and waits until the level
 * has drained enough, so concurrent callers are paced in order instead of racing.
 */
export function createRateLimiter(options: RateLimitOptions, clock: Clock): RateLimiter {
  if (!(options.burst >= 1) || !(options.perSecond > 0)) {
    throw new RangeError('rateLimit needs burst >= 1 and perSecond > 0');
  }
  let level = 0;
  let updatedAt = clock.now();
  const drain = (): void => {
    const now = clock.now();
    level = Math.max(0, level - ((now - updatedAt) / 1000) * options.perSecond);
    updatedAt = now;
  };
  return {
    async acquire(signal) {
      drain();
      level += 1;
      const excess = level - options.burst;
      if (excess <= 0) return;
      const waitMs = Math.ceil((excess / options.perSecond) * 1000);
      try {
        await clock.sleep(waitMs, signal);
      } catch (e) {
        drain();
        level = Math.max(0, level - 1); // give the reserved slot back
        throw e;
      }
    },
    onLimitExceeded() {
      drain();
      level = Math.max(level, options.burst);
    },
    level() {
      drain();
      return level;
    },
  };
}
