/** Documented limits: most plans, and Enterprise. */
export const DEFAULT_RATE_LIMIT = { burst: 50, perSecond: 2 };
export const ENTERPRISE_RATE_LIMIT = { burst: 250, perSecond: 5 };
/**
 * A client-side leaky bucket mirroring the portal's: each request adds one, the level drains at
 * `perSecond`. A request that would overflow `burst` reserves its place and waits until the level
 * has drained enough, so concurrent callers are paced in order instead of racing.
 */
export function createRateLimiter(options, clock) {
    if (!(options.burst >= 1) || !(options.perSecond > 0)) {
        throw new RangeError('rateLimit needs burst >= 1 and perSecond > 0');
    }
    let level = 0;
    let updatedAt = clock.now();
    const drain = () => {
        const now = clock.now();
        level = Math.max(0, level - ((now - updatedAt) / 1000) * options.perSecond);
        updatedAt = now;
    };
    return {
        async acquire(signal) {
            drain();
            level += 1;
            const excess = level - options.burst;
            if (excess <= 0)
                return;
            const waitMs = Math.ceil((excess / options.perSecond) * 1000);
            try {
                await clock.sleep(waitMs, signal);
            }
            catch (e) {
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
