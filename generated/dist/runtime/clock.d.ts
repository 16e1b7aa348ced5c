/** Time as the runtime sees it; tests inject a fake one so nothing really sleeps. */
export interface Clock {
    /** Milliseconds since the Unix epoch. */
    now(): number;
    /** Resolve after `ms`; reject with the signal's reason when it aborts first. */
    sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
export declare const systemClock: Clock;
/** A clock whose time moves only when someone sleeps on it (or `advance` is called): for tests. */
export interface ManualClock extends Clock {
    advance(ms: number): void;
    /** Every sleep requested so far, in ms. */
    readonly sleeps: number[];
}
export declare function createManualClock(startMs?: number): ManualClock;
