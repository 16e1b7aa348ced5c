import { describe, expect, it } from 'vitest';
import { B24Error } from './errors.js';
import { backoffDelay, isReadMethod, isRetryable, resolveRetryOptions } from './retry.js';

const e = (code: string, status = 0): B24Error => new B24Error({ code, description: '', status, method: 'm' });

describe('retry policy', () => {
  it('backs off exponentially with bounded jitter', () => {
    const low = resolveRetryOptions({ random: () => 0, baseDelayMs: 100, maxDelayMs: 1000 });
    const high = resolveRetryOptions({ random: () => 0.999999, baseDelayMs: 100, maxDelayMs: 1000 });
    expect([0, 1, 2, 3, 4, 10].map((a) => backoffDelay(a, low))).toEqual([50, 100, 200, 400, 500, 500]);
    expect([0, 1, 5].map((a) => backoffDelay(a, high))).toEqual([100, 200, 1000]);
  });

  it('retries what surely did not run, and ambiguous failures only when idempotent', () => {
    expect(isRetryable(e('QUERY_LIMIT_EXCEEDED', 503), false)).toBe(true);
    expect(isRetryable(e('CONNECTION_REFUSED'), false)).toBe(true);
    expect(isRetryable(e('TIMEOUT'), false)).toBe(false);
    expect(isRetryable(e('TIMEOUT'), true)).toBe(true);
    expect(isRetryable(e('CONNECTION_LOST'), false)).toBe(false);
    expect(isRetryable(e('HTTP_ERROR', 502), true)).toBe(true);
    expect(isRetryable(e('ACCESS_DENIED', 403), true)).toBe(false);
    expect(isRetryable(e('OVERLOAD_LIMIT', 503), true)).toBe(false);
  });

  it('accepts a number as the retry count', () => {
    expect(resolveRetryOptions(0).maxRetries).toBe(0);
    expect(resolveRetryOptions(undefined).maxRetries).toBe(3);
  });

  it('guesses read methods conservatively', () => {
    expect(isReadMethod('crm.deal.list')).toBe(true);
    expect(isReadMethod('tasks.task.get')).toBe(true);
    expect(isReadMethod('user.current')).toBe(true);
    expect(isReadMethod('crm.deal.add')).toBe(false);
    expect(isReadMethod('tasks.task.update')).toBe(false);
    expect(isReadMethod('task.commentitem.getlist')).toBe(true);
  });
});
