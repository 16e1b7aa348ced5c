import { describe, expect, it } from 'vitest';
import type { Field, IrMethod } from '../ir/types.js';
import { spreadParamOrderToFamilies } from './param-order-family.js';

const field = (name: string): Field => ({ name, required: false, type: { raw: 'array', kind: 'scalar', name: 'array' }, description: '' });

function method(name: string, extra: Partial<IrMethod> = {}): IrMethod {
  return {
    name, apiVersion: 'v2', key: name, source: `api-reference/tasks/${name}.md`, docsUrl: '', title: name, section: 'tasks', scope: [],
    description: '', params: [field('TASKDATA')], result: [], resultType: { raw: '', kind: 'unknown' }, errors: [], examples: {}, seeAlso: [], diagnostics: [], ...extra,
  };
}

describe('spreadParamOrderToFamilies', () => {
  it('marks the other methods of a family one of whose pages says so, and re-reads their examples by position', () => {
    const update = method('task.item.update', { paramsByPosition: true });
    const add = method('task.item.add', { examples: { request: { fields: { TITLE: 'x' } } } });
    const userfield = method('task.item.userfield.add');
    const other = method('task.planner.getlist');
    const out = spreadParamOrderToFamilies([update, add, userfield, other]);
    expect(out.map((m) => m.paramsByPosition === true)).toEqual([true, true, false, false]);
    // `fields` is the first value, so TASKDATA, shown as an object.
    expect(out[1]?.params[0]?.type.kind).toBe('object');
    // The flag sits where extract puts it, before `result`, so the IR JSON reads the same either way.
    const keys = Object.keys(out[1] as object);
    expect(keys.indexOf('paramsByPosition')).toBe(keys.indexOf('result') - 1);
    // The input is left alone.
    expect(add.paramsByPosition).toBeUndefined();
    expect(add.params[0]?.type.kind).toBe('scalar');
  });

  it('leaves REST 3.0 pages and methods without params as they are', () => {
    const out = spreadParamOrderToFamilies([method('x.y.a', { paramsByPosition: true }), method('x.y.b', { apiVersion: 'v3' }), method('x.y.c', { params: [] })]);
    expect(out.map((m) => m.paramsByPosition === true)).toEqual([true, false, false]);
  });
});
