import { describe, expect, it } from 'vitest';
import { namedByPosition, positionalOrder } from './positional-example.js';

describe('namedByPosition', () => {
  it('keys the values of an object example by the documented names, in order', () => {
    expect(namedByPosition({ fields: { TITLE: 'x' } }, ['TASKDATA'])).toEqual({ TASKDATA: { TITLE: 'x' } });
    expect(namedByPosition({ TASKID: 1, FIELDS: { A: 1 } }, ['TASKID', 'TASKDATA'])).toEqual({ TASKID: 1, TASKDATA: { A: 1 } });
  });

  it('reads a list example the same way, and a short one as the leading params', () => {
    expect(namedByPosition([{ ID: 'desc' }, { '>=CREATED_DATE': '2024' }], ['ORDER', 'FILTER', 'SELECT'])).toEqual({ ORDER: { ID: 'desc' }, FILTER: { '>=CREATED_DATE': '2024' } });
  });

  it('keeps a wrongly ordered example wrong: the values land where the portal reads them', () => {
    expect(namedByPosition({ TASKDATA: { A: 1 }, TASKID: 1 }, ['TASKID', 'TASKDATA'])).toEqual({ TASKID: { A: 1 }, TASKDATA: 1 });
  });

  it('gives up on examples it cannot align', () => {
    expect(namedByPosition({ a: 1, b: 2 }, ['A'])).toBeUndefined();
    expect(namedByPosition('x', ['A'])).toBeUndefined();
    expect(namedByPosition(null, ['A'])).toBeUndefined();
  });

  it('keeps a param named __proto__ an own key', () => {
    const out = namedByPosition([1], ['__proto__']);
    expect(Object.keys(out ?? {})).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});

describe('positionalOrder', () => {
  it('keeps the documented order and leaves out the OAuth token', () => {
    const field = (name: string) => ({ name, required: false, type: { raw: 'integer', kind: 'scalar' as const, name: 'integer' }, description: '' });
    expect(positionalOrder([field('auth'), field('TASK_ID'), field('PARAMS')])).toEqual(['TASK_ID', 'PARAMS']);
  });
});
