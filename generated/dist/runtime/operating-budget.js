export function createOperatingBudget(options, clock) {
    const limit = options.limitSeconds ?? 480;
    const slowDownAt = options.slowDownAt ?? 0.8;
    const fallback = options.blockedFallbackMs ?? 60_000;
    const states = new Map();
    const stateOf = (method) => {
        let s = states.get(method);
        if (s === undefined) {
            s = { operating: 0, resetAtMs: 0, blockedUntilMs: 0 };
            states.set(method, s);
        }
        return s;
    };
    return {
        record(method, time) {
            if (time === null || typeof time !== 'object')
                return;
            const t = time;
            // The fields are absent on some portals (self-hosted with the limit off): nothing to learn then.
            if (typeof t.operating !== 'number' || !Number.isFinite(t.operating))
                return;
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
            if (s === undefined)
                return 0;
            const now = clock.now();
            if (s.blockedUntilMs > now)
                return s.blockedUntilMs - now;
            // Past the reset the oldest basket is gone and the figure is stale; the next response tells.
            if (s.resetAtMs <= now)
                return 0;
            const used = s.operating / limit;
            if (used < slowDownAt)
                return 0;
            // Space calls out more the closer the method is to its limit; at the limit, wait for the reset.
            const share = Math.min(1, (used - slowDownAt) / Math.max(1e-9, 1 - slowDownAt));
            return Math.ceil(share * (s.resetAtMs - now));
        },
    };
}
