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
export declare function createOperatingBudget(options: OperatingBudgetOptions, clock: Clock): OperatingBudget;
