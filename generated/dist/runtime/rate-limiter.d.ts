import type { Clock } from './clock.js';
export interface RateLimitOptions {
    /** Requests that may go out at once before pacing starts (the portal's threshold X). */
    readonly burst: number;
    /** Drain rate of the bucket (the portal's Y). */
    readonly perSecond: number;
}
/** Documented limits: most plans, and Enterprise. */
export declare const DEFAULT_RATE_LIMIT: RateLimitOptions;
export declare const ENTERPRISE_RATE_LIMIT: RateLimitOptions;
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
export declare function createRateLimiter(options: RateLimitOptions, clock: Clock): RateLimiter;
