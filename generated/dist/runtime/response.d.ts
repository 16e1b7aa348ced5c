import { B24Error } from './errors.js';
import type { Redactor } from './redact.js';
import type { TransportResponse } from './transport.js';
/** The `time` object of a response (fields vary by method and portal). */
export interface B24Time {
    readonly start?: number;
    readonly finish?: number;
    readonly duration?: number;
    readonly processing?: number;
    readonly date_start?: string;
    readonly date_finish?: string;
    readonly operating_reset_at?: number;
    readonly operating?: number;
    readonly [key: string]: unknown;
}
export interface B24Response {
    readonly result: unknown;
    readonly total?: number;
    readonly next?: number;
    readonly time?: B24Time;
}
export interface InterpretContext {
    readonly method: string;
    readonly redactor: Redactor;
    /** Whether a retry of this call is safe after an ambiguous failure. */
    readonly idempotent: boolean;
}
/** Build a B24Error from an error body of either REST version: v2 `{error, error_description}`,
 *  v3 `{error: {code, message, validation}}`. */
export declare function errorFromBody(body: Record<string, unknown>, status: number, ctx: InterpretContext): B24Error | undefined;
/** Turn an HTTP exchange into the response envelope, or throw the B24Error it means. */
export declare function interpretResponse(response: TransportResponse, ctx: InterpretContext): B24Response;
/** Classify what a transport threw: a connection that never opened (surely not run) or one that broke. */
export declare function errorFromThrown(thrown: unknown, ctx: InterpretContext): B24Error;
