import { describe, expect, it } from 'vitest';
import { chunkKeys, encodeBatchCommand, parseBatchResult, validateBatchCommands } from './batch.js';
import { createRedactor } from './redact.js';

describe('batch helpers', () => {
  it('encodes a command as method?query', () => {
    expect(encodeBatchCommand('user.current', {})).toBe('user.current');
    expect(encodeBatchCommand('tasks.api.scrum.backlog.add', { fields: { groupId: 1 } })).toBe('tasks.api.scrum.backlog.add?fields[groupId]=1');
  });

  it('chunks by 50', () => {
    const keys = Array.from({ length: 101 }, (_, i) => `k${i}`);
    expect(chunkKeys(keys).map((c) => c.length)).toEqual([50, 50, 1]);
  });

  it('rejects nested batch and unsafe keys', () => {
    expect(() => validateBatchCommands({ a: ['batch', {}] })).toThrow(/nested/);
    expect(() => validateBatchCommands(JSON.parse('{"__proto__":["user.current",{}]}'))).toThrow(/not allowed/);
    expect(() => validateBatchCommands({ a: ['bad method/../x', {}] })).toThrow();
  });

  it('splits a response by command, keeping null results and PHP empty arrays', () => {
    const parsed = parseBatchResult(
      {
        result: { a: null, b: { ID: 1 } },
        result_error: { c: { error: 'insufficient_scope', error_description: '' } },
        result_total: { b: 10 },
        result_next: { b: 50 },
        result_time: [],
      },
      ['a', 'b', 'c', 'd'],
      { a: 'x.get', b: 'x.list', c: 'y.get', d: 'z.get' },
      createRedactor(),
    );
    expect(parsed.result).toEqual({ a: null, b: { ID: 1 } });
    expect(parsed.errors['c']).toMatchObject({ code: 'insufficient_scope', method: 'y.get' });
    expect(parsed.errors['d']).toMatchObject({ code: 'BATCH_NOT_EXECUTED', retryable: true });
    expect(parsed.total).toEqual({ b: 10 });
    expect(parsed.next).toEqual({ b: 50 });
  });
});
