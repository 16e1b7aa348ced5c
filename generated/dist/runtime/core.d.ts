import type { BatchCommands, BatchOptions, BatchResult } from './batch.js';
import type { Clock } from './clock.js';
import type { B24Caller, MethodCallOptions } from './engine.js';
import type { IterateOptions } from './iterate.js';
import type { OAuthOptions } from './oauth.js';
import type { OperatingBudgetOptions } from './operating-budget.js';
import type { RateLimitOptions } from './rate-limiter.js';
import type { RetryOptions } from './retry.js';
import type { Transport } from './transport.js';
export type { ApiVersion, B24Caller, CallOptions, MethodCallOptions } from './engine.js';
export interface ClientOptions {
    /** Inbound webhook: `https://<portal>/rest/<user>/<secret>/`; http:// only for loopback hosts. */
    webhookUrl?: string;
    oauth?: OAuthOptions;
    /** Client-side leaky bucket (default 50 burst, 2/s; Enterprise portals allow 250 and 5/s). */
    rateLimit?: RateLimitOptions | false;
    /** Number of retries, or retry tuning (default 3 retries). */
    retries?: number | RetryOptions;
    /** Per-attempt time limit, ms (default 65 000: the cloud cuts a request at 60 s). */
    timeoutMs?: number;
    /** Default: fetch-based HTTPS transport. */
    transport?: Transport;
    /** Names of methods that are REST 3.0 (called under /rest/api/ with an Idempotency-Key). */
    v3Methods?: ReadonlySet<string>;
    /** Methods that read their params by position: the order of their names, by wire name (the generated client passes its table). */
    paramOrders?: Readonly<Record<string, readonly string[]>>;
    /** The per-method operating-time budget (limit, when to slow down), or false to ignore it. */
    operatingBudget?: OperatingBudgetOptions | false;
    /** Time source and sleeper (tests inject a fake). */
    clock?: Clock;
    /** Extra headers on every REST request (e.g. a User-Agent naming the integration). */
    headers?: Readonly<Record<string, string>>;
}
/** The untyped core. The generated `createClient` wraps it with types and nested namespaces. */
export interface B24Core extends B24Caller {
    batch(commands: BatchCommands, options?: BatchOptions): Promise<BatchResult>;
    iterate(method: string, params?: unknown, options?: MethodCallOptions & IterateOptions): AsyncIterable<unknown>;
}
export declare function createCore(options: ClientOptions): B24Core;
