import type { Clock } from './clock.js';

export interface OperatingBudgetOptions {
  /** The portal's per-method limit on accumulated execution time, seconds (docs example: 480). */
  readonly limitSeconds?: number;
  /** Fraction of the limit at which calls to that method start to be spaced out. */
  readonly slowDownAt?: number;
  /** Wait assumed after OPERATION_TIME_LIMIT when no `operating_reset_at` was seen yet. */
  readonly blockedFallbackMs?: number;
}

export interface OperatingBudget {
  /** Note the `time` object of a response to `method`. */
  record(method: string, time: unknown): void;
  /** The portal blocked `method` (OPERATION_TIME_LIMIT): returns ms until it should unblock. */
  onBlocked(method: string): number;
  /** ms to wait before calling `method` now (0 when it is far from its budget). */
  delayFor(method: string): number;
  /** ms until a known block of `method` ends (0 when not blocked). */
  blockedFor(method: string): number;
}

interface MethodState {
  operating: number;
  resetAtMs: number;
  blockedUntilMs: number;
}

export function createOperatingBudget(options: OperatingBudgetOptions, clock: Clock): OperatingBudget {
  const limit = options.limitSeconds ?? 480;
  const slowDownAt = options.slowDownAt ?? 0.8;
  const fallback = options.blockedFallbackMs ?? 60_000;
  const states = new Map<string, MethodState>();
  const stateOf = (method: string): MethodState => {
    let s = states.get(method);
    if (s === undefined) {
      s = { operating: 0, resetAtMs: 0, blockedUntilMs: 0 };
      states.set(method, s);
    }
    return s;
  };
  return {
    record(method, time) {
      if (time === null || typeof time !== 'object') return;
      const t = time as { operating?: unknown; operating_reset_at?: unknown };
      // The fields are absent on some portals (self-hosted with the limit off): nothing to learn then.
      if (typeof t.operating !== 'number' || !Number.isFinite(t.operating)) return;
      const s = stateOf(method);
      s.operating = t.operating;
      if (typeof t.operating_reset_at === 'number' && Number.isFinite(t.operating_reset_at)) {
        s.resetAtMs = t.operating_reset_at * 1000;
      }
    },
    onBlocked(method) {
      const s = stateOf(method);
      const now = clock.now();
      const until = s.resetAtMs > now ? s.resetAtMs : now + fallback;
      s.blockedUntilMs = until;
      return until - now;
    },
    blockedFor(method) {
      const s = states.get(method);
      return s === undefined ? 0 : Math.max(0, s.blockedUntilMs - clock.now());
    },
    delayFor(method) {
      const s = states.get(method);
      if (s === undefined) return 0;
      const now = clock.now();
      if (s.blockedUntilMs > now) return s.blockedUntilMs - now;
      // Past the reset the oldest basket is gone and the figure is stale; the next response tells.
      if (s.resetAtMs <= now) return 0;
      const used = s.operating / limit;
      if (used < slowDownAt) return 0;
      // Space calls out more the closer the method is to its limit; at the limit, wait for the reset.
      const share = Math.min(1, (used - slowDownAt) / Math.max(1e-9, 1 - slowDownAt));
      return Math.ceil(share * (s.resetAtMs - now));
    },
  };
}
