import type { Transport } from './transport.js';
export interface FetchTransportOptions {
    /** Defaults to the global fetch (Node 18+, browsers, Deno, Bun). */
    readonly fetch?: typeof fetch;
    /** Bodies larger than this are cut off with an error instead of filling memory (default 64 MiB). */
    readonly maxResponseBytes?: number;
}
/** Thrown when a response body exceeds `maxResponseBytes`. */
export declare class ResponseTooLargeError extends Error {
    readonly name: 'ResponseTooLargeError';
}
/** The default transport, on top of fetch. Network failures surface as fetch throws them; the core
 *  classifies them. */
export declare function createFetchTransport(options?: FetchTransportOptions): Transport;
