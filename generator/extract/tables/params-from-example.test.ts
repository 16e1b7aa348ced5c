import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../ir/types.js';
import { paramsFromExamples } from './params-from-example.js';

const at = { file: 'api-reference/crm/crm-measure-list.md', line: 31, column: 5 };

describe('paramsFromExamples', () => {
  it('types the keys the examples send, optional, and says so', () => {
    const diagnostics: Diagnostic[] = [];
    const params = paramsFromExamples({ order: { ID: 'ASC' }, start: 50 }, at, [{ value: { filter: { NAME: 'x' }, start: 0 }, position: { ...at, line: 60 } }], diagnostics);
    expect(params.map((p) => [p.name, p.required, p.type.kind, p.type.raw])).toEqual([
      ['order', false, 'object', 'object'],
      ['start', false, 'scalar', 'integer'],
      ['filter', false, 'object', 'object'],
    ]);
    expect(diagnostics).toMatchObject([{ code: 'params-from-example', severity: 'info', line: 31 }]);
  });

  it('finds nothing in an empty or non-object body', () => {
    const diagnostics: Diagnostic[] = [];
    expect(paramsFromExamples({}, at, [], diagnostics)).toEqual([]);
    expect(paramsFromExamples(['x'], at, [], diagnostics)).toEqual([]);
    expect(paramsFromExamples(undefined, undefined, [], diagnostics)).toEqual([]);
    expect(diagnostics).toEqual([]);
  });
});
