import { B24Error } from './errors.js';
import type { Redactor } from './redact.js';
/** The portal runs at most this many commands per batch request. */
export declare const MAX_BATCH_COMMANDS: number;
export type BatchCommands = Readonly<Record<string, readonly [string, unknown]>>;
export interface BatchOptions {
    /** Stop at the first failing command (the portal's `halt`); later chunks are not sent either. */
    readonly halt?: boolean;
    readonly signal?: AbortSignal;
    readonly timeoutMs?: number;
    /** Allow retrying a chunk after a timeout or dropped connection (default: only when every command reads). */
    readonly idempotent?: boolean;
}
export interface BatchResult {
    /** Results of the commands that succeeded (a `null` result is kept as `null`). */
    readonly result: Record<string, unknown>;
    /** Per-command failures, including commands skipped after a `halt`. */
    readonly errors: Record<string, B24Error>;
    /** `total` of list commands. */
    readonly total: Record<string, number>;
    /** `next` of list commands that have another page. */
    readonly next: Record<string, number>;
}
/** `method?query` as the batch page describes it. */
export declare function encodeBatchCommand(method: string, params: unknown): string;
/** Keys in order, split into chunks the portal accepts. */
export declare function chunkKeys(keys: readonly string[], size?: number): string[][];
/** Reject command keys and method names that would break the request or an object built from it. */
export declare function validateBatchCommands(commands: BatchCommands): void;
export interface ParsedBatchChunk {
    readonly result: Record<string, unknown>;
    readonly errors: Record<string, B24Error>;
    readonly total: Record<string, number>;
    readonly next: Record<string, number>;
    /** Per-command `time`, to feed the operating budget. */
    readonly time: Record<string, unknown>;
}
/**
 * Split one batch response (`result.{result,result_error,result_total,result_next,result_time}`)
 * by command. A command neither answered nor failed was skipped after a halt.
 */
export declare function parseBatchResult(outer: unknown, keys: readonly string[], methods: Readonly<Record<string, string>>, redactor: Redactor): ParsedBatchChunk;
