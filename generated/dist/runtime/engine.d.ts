/**
 * The parts of the request path every core shares: preparing a call, one attempt (timeout and
 * signal) and the retry decision. The lean caller loops over them as they are; the full core puts
 * rate limit, operating budget and OAuth renewal around them. The engine never names those, so a
 * lean bundle carries none of their code.
 */
import type { Clock } from './clock.js';
import { B24Error } from './errors.js';
import type { Redactor } from './redact.js';
import type { B24Response } from './response.js';
import type { ResolvedRetryOptions } from './retry.js';
import type { Transport } from './transport.js';
export type ApiVersion = 'v2' | 'v3';
export interface CallOptions {
    signal?: AbortSignal;
    /** Per-attempt time limit (default: the client's `timeoutMs`). */
    timeoutMs?: number;
    /** The call may run twice without harm, so it may be retried after a timeout or a dropped
     *  connection. Default: true for REST 3.0 (it sends an Idempotency-Key) and for methods whose
     *  name reads (`*.get`, `*.list`, …); false for everything else. */
    idempotent?: boolean;
}
export interface MethodCallOptions extends CallOptions {
    apiVersion?: ApiVersion;
    /** REST 3.0: the Idempotency-Key to send (default: a fresh random key per call, reused by its retries). */
    idempotencyKey?: string;
}
/** What a standalone method function needs: one call that resolves to `result`. */
export interface B24Caller {
    /** Resolves to `result`. */
    call(method: string, params: unknown, options?: MethodCallOptions): Promise<unknown>;
    /** Resolves to the whole envelope `{result, total?, next?, time?}`. */
    callRaw(method: string, params: unknown, options?: MethodCallOptions): Promise<B24Response>;
}
export declare const DEFAULT_TIMEOUT_MS = 65000;
export interface EngineAuth {
    v2Base: string;
    v3Base: string;
}
export declare const SELF_AUTH: EngineAuth;
/** How one attempt carries credentials that are not in the base URL (an OAuth access token). */
export interface AttemptAuth {
    /** The params to send in place of the request's (with the token in them). */
    readonly params: unknown;
    /** Appended to the URL (`?auth=…`), or ''. */
    readonly query: string;
}
export interface EngineDeps {
    readonly transport: Transport;
    readonly auth: EngineAuth;
    readonly redactor: Redactor;
    readonly clock: Clock;
    readonly retry: ResolvedRetryOptions;
    /** Names of methods that are REST 3.0 (default: none). */
    readonly v3Methods?: ReadonlySet<string> | undefined;
    readonly timeoutMs: number;
    /** Extra headers on every request. */
    readonly headers?: Readonly<Record<string, string>> | undefined;
}
export interface ExecuteRequest {
    readonly method: string;
    readonly params: unknown;
    readonly version: ApiVersion;
    readonly idempotent: boolean;
    readonly idempotencyKey?: string;
    readonly signal?: AbortSignal;
    readonly timeoutMs: number;
    /** Methods whose operating budget gates this request (default: `method`; a batch: `batch` and its commands). */
    readonly budgetMethods?: readonly string[];
}
export interface Engine {
    versionOf(method: string, opts: MethodCallOptions | undefined): ApiVersion;
    prepare(method: string, params: unknown, opts: MethodCallOptions | undefined): ExecuteRequest;
    /** One HTTP attempt, bounded by the timeout and the caller's signal. Throws only B24Errors. */
    attempt(req: ExecuteRequest, credentials?: AttemptAuth): Promise<B24Response>;
    /**
     * After failed attempt number `retriesDone` (from 0): wait for the next one, or throw the final
     * error. `wait` replaces the backoff delay (a pause the portal imposed).
     */
    retryOrThrow(error: B24Error, req: ExecuteRequest, retriesDone: number, wait?: number): Promise<void>;
}
/** The error of a call stopped by its signal (the reason is kept, without secrets). */
export declare function abortedError(method: string, signal: AbortSignal | undefined, redactor: Redactor): B24Error;
export declare function createEngine(deps: EngineDeps): Engine;
