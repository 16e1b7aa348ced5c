import type { Clock } from './clock.js';
import type { B24Caller } from './engine.js';
import type { RetryOptions } from './retry.js';
import type { Transport } from './transport.js';
export interface CallerOptions {
    /** Inbound webhook: `https://<portal>/rest/<user>/<secret>/`; http:// only for loopback hosts. */
    webhookUrl?: string;
    /** Number of retries, or retry tuning (default 3 retries). */
    retries?: number | RetryOptions;
    /** Per-attempt time limit, ms (default 65 000). */
    timeoutMs?: number;
    /** Default: fetch-based HTTPS transport. Without `webhookUrl` the transport must authenticate itself. */
    transport?: Transport;
    /** Names of methods that are REST 3.0 (the generated standalone functions say so per call). */
    v3Methods?: ReadonlySet<string>;
    /** Time source and sleeper (tests inject a fake). */
    clock?: Clock;
    /** Extra headers on every REST request. */
    headers?: Readonly<Record<string, string>>;
}
/** A lean untyped core for the standalone method functions: no OAuth, rate limiter, batch or iterate. */
export declare function createCaller(options: CallerOptions): B24Caller;
