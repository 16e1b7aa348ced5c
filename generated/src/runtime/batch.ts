import { B24Error, ClientErrorCode } from './errors.js';
import type { Redactor } from './redact.js';
import { errorFromBody } from './response.js';
import { encodePhpQuery } from './php-query.js';
import { isUnsafeKey } from './safe-json.js';

/** The portal runs at most this many commands per batch request. */
export const MAX_BATCH_COMMANDS: number = 50;

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
export function encodeBatchCommand(method: string, params: unknown): string {
  const query = encodePhpQuery(params);
  return query === '' ? method : `${method}?${query}`;
}

/** Keys in order, split into chunks the portal accepts. */
export function chunkKeys(keys: readonly string[], size: number = MAX_BATCH_COMMANDS): string[][] {
  const chunks: string[][] = [];
  for (let i = 0; i < keys.length; i += size) chunks.push(keys.slice(i, i + size));
  return chunks;
}

const METHOD_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.\-]*$/;

/** Reject command keys and method names that would break the request or an object built from it. */
export function validateBatchCommands(commands: BatchCommands): void {
  for (const [key, command] of Object.entries(commands)) {
    if (isUnsafeKey(key)) {
      throw new B24Error({ code: ClientErrorCode.INVALID_ARGUMENT, description: `batch command key "${key}" is not allowed`, status: 0, method: 'batch' });
    }
    if (!Array.isArray(command) || typeof command[0] !== 'string' || !METHOD_NAME.test(command[0])) {
      throw new B24Error({ code: ClientErrorCode.INVALID_ARGUMENT, description: `batch command "${key}" needs [method, params]`, status: 0, method: 'batch' });
    }
    if (command[0].toLowerCase() === 'batch') {
      throw new B24Error({ code: 'ERROR_BATCH_METHOD_NOT_ALLOWED', description: 'batch cannot be nested', status: 0, method: 'batch' });
    }
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  // PHP serialises an empty associative array as [], so an empty list means "no entries".
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function hasOwn(obj: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

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
export function parseBatchResult(
  outer: unknown,
  keys: readonly string[],
  methods: Readonly<Record<string, string>>,
  redactor: Redactor,
): ParsedBatchChunk {
  const body = asRecord(outer);
  const results = asRecord(body['result']);
  const errors = asRecord(body['result_error']);
  const totals = asRecord(body['result_total']);
  const nexts = asRecord(body['result_next']);
  const times = asRecord(body['result_time']);
  const out: ParsedBatchChunk = { result: {}, errors: {}, total: {}, next: {}, time: {} };
  for (const key of keys) {
    const method = methods[key] ?? '';
    if (hasOwn(errors, key)) {
      const raw = errors[key];
      const record = typeof raw === 'string' ? { error: raw, error_description: '' } : asRecord(raw);
      out.errors[key] =
        errorFromBody(record, 0, { method, redactor, idempotent: false }) ??
        new B24Error({ code: 'UNKNOWN_ERROR', description: 'the batch reported an error without a code', status: 0, method });
    } else if (hasOwn(results, key)) {
      out.result[key] = results[key] ?? null;
    } else {
      out.errors[key] = new B24Error({
        code: ClientErrorCode.BATCH_NOT_EXECUTED,
        description: 'not run: an earlier command failed and the batch was halted',
        status: 0,
        method,
        retryable: true,
      });
    }
    const total = Number(totals[key]);
    if (hasOwn(totals, key) && Number.isFinite(total)) out.total[key] = total;
    const next = Number(nexts[key]);
    if (hasOwn(nexts, key) && Number.isFinite(next)) out.next[key] = next;
    if (hasOwn(times, key)) out.time[key] = times[key];
  }
  return out;
}
