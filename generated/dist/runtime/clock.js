function abortReason(signal) {
    return signal.reason ?? new Error('aborted');
}
export const systemClock = {
    now: Date.now,
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason ?? new Error('aborted'));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        if (signal?.aborted === true)
            onAbort();
        else
            signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
export function createManualClock(startMs = 1_700_000_000_000) {
    let now = startMs;
    const sleeps = [];
    return {
        sleeps,
        now: () => now,
        advance(ms) {
            now += ms;
        },
        sleep(ms, signal) {
            if (signal?.aborted === true)
                return Promise.reject(abortReason(signal));
            sleeps.push(ms);
            if (ms > 0)
                now += ms;
            return Promise.resolve();
        },
    };
}
