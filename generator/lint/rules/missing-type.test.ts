import { describe, expect, it } from 'vitest';
import { fieldOf, irOf, methodOf } from '../test-support.js';
import { missingType } from './missing-type.js';

describe('missing-type', () => {
  it('reports params and result fields whose type cell is empty, at the row', () => {
    const method = methodOf({
      name: 'x.get',
      params: [fieldOf('id', { type: { raw: '', kind: 'unknown' }, line: 12 }), fieldOf('ok')],
      result: [fieldOf('item', { type: { raw: 'object', kind: 'object' }, fields: [fieldOf('name', { type: { raw: ' ', kind: 'unknown' }, line: 30 })] })],
    });
    const findings = missingType.check(method, irOf([method]), {});
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [12, 'no type given for parameter "id"'],
      [30, 'no type given for field "item.name"'],
    ]);
  });
  it('leaves unknown but present types to unknown-type', () => {
    const method = methodOf({ name: 'x.get', params: [fieldOf('id', { type: { raw: 'intger', kind: 'unknown' } })] });
    expect(missingType.check(method, irOf([method]), {})).toEqual([]);
  });
});
