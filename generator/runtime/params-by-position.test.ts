import { describe, expect, it } from 'vitest';
import { paramOrderOf, paramsByPosition } from './params-by-position.js';

describe('paramsByPosition', () => {
  it('lists named params in the documented order', () => {
    expect(paramsByPosition({ TASKDATA: { TITLE: 'x' }, TASKID: 5 }, ['TASKID', 'TASKDATA'])).toEqual([5, { TITLE: 'x' }]);
  });

  it('stops at the last param given and sends a hole before it as null', () => {
    expect(paramsByPosition({ SELECT: ['ID'] }, ['ORDER', 'FILTER', 'SELECT', 'PARAMS'])).toEqual([null, null, ['ID']]);
    expect(paramsByPosition({ ORDER: { ID: 'asc' }, FILTER: undefined }, ['ORDER', 'FILTER'])).toEqual([{ ID: 'asc' }]);
    expect(paramsByPosition({}, ['A'])).toEqual([]);
  });

  it('leaves lists, scalars and params with unknown keys as they are', () => {
    const list = [1, 2];
    expect(paramsByPosition(list, ['A', 'B'])).toBe(list);
    expect(paramsByPosition(undefined, ['A'])).toBeUndefined();
    const own = { fields: { TITLE: 'x' } };
    expect(paramsByPosition(own, ['TASKDATA'])).toBe(own);
  });

  it('does not read inherited keys', () => {
    const params = Object.create({ TASKID: 1 }) as Record<string, unknown>;
    params['TASKDATA'] = 2;
    expect(paramsByPosition(params, ['TASKID', 'TASKDATA'])).toEqual([null, 2]);
  });
});

describe('paramOrderOf', () => {
  const orders = { 'task.item.update': ['TASKID', 'TASKDATA'] };
  it('reads the table by own key only', () => {
    expect(paramOrderOf('task.item.update', orders)).toEqual(['TASKID', 'TASKDATA']);
    expect(paramOrderOf('crm.deal.get', orders)).toBeUndefined();
    expect(paramOrderOf('constructor', orders)).toBeUndefined();
    expect(paramOrderOf('task.item.update', undefined)).toBeUndefined();
  });
});
