import { B24Error, ClientErrorCode } from './errors.js';
import { errorFromBody } from './response.js';
import { encodePhpQuery } from './php-query.js';
import { isUnsafeKey } from './safe-json.js';
/** The portal runs at most this many commands per batch request. */
export const MAX_BATCH_COMMANDS = 50;
/** `method?query` as the batch page describes it. */
export function encodeBatchCommand(method, params) {
    const query = encodePhpQuery(params);
    return query === '' ? method : `${method}?${query}`;
}
/** Keys in order, split into chunks the portal accepts. */
export function chunkKeys(keys, size = MAX_BATCH_COMMANDS) {
    const chunks = [];
    for (let i = 0; i < keys.length; i += size)
        chunks.push(keys.slice(i, i + size));
    return chunks;
}
const METHOD_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.\-]*$/;
/** Reject command keys and method names that would break the request or an object built from it. */
export function validateBatchCommands(commands) {
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
function asRecord(value) {
    // PHP serialises an empty associative array as [], so an empty list means "no entries".
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
function hasOwn(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
}
/**
 * Split one batch response (`result.{result,result_error,result_total,result_next,result_time}`)
 * by command. A command neither answered nor failed was skipped after a halt.
 */
export function parseBatchResult(outer, keys, methods, redactor) {
    const body = asRecord(outer);
    const results = asRecord(body['result']);
    const errors = asRecord(body['result_error']);
    const totals = asRecord(body['result_total']);
    const nexts = asRecord(body['result_next']);
    const times = asRecord(body['result_time']);
    const out = { result: {}, errors: {}, total: {}, next: {}, time: {} };
    for (const key of keys) {
        const method = methods[key] ?? '';
        if (hasOwn(errors, key)) {
            const raw = errors[key];
            const record = typeof raw === 'string' ? { error: raw, error_description: '' } : asRecord(raw);
            out.errors[key] =
                errorFromBody(record, 0, { method, redactor, idempotent: false }) ??
                    new B24Error({ code: 'UNKNOWN_ERROR', description: 'the batch reported an error without a code', status: 0, method });
        }
        else if (hasOwn(results, key)) {
            out.result[key] = results[key] ?? null;
        }
        else {
            out.errors[key] = new B24Error({
                code: ClientErrorCode.BATCH_NOT_EXECUTED,
                description: 'not run: an earlier command failed and the batch was halted',
                status: 0,
                method,
                retryable: true,
            });
        }
        const total = Number(totals[key]);
        if (hasOwn(totals, key) && Number.isFinite(total))
            out.total[key] = total;
        const next = Number(nexts[key]);
        if (hasOwn(nexts, key) && Number.isFinite(next))
            out.next[key] = next;
        if (hasOwn(times, key))
            out.time[key] = times[key];
    }
    return out;
}
