import { describe, expect, it } from 'vitest';
import type { IrDocument, IrMethod } from '../ir/types.js';
import { buildConformanceSource, tsLiteral } from './conformance-source.js';

function method(key: string, examples: IrMethod['examples'], diagnostics: IrMethod['diagnostics'] = []): IrMethod {
  return {
    name: key, apiVersion: 'v2', key, source: `api-reference/${key}.md`, docsUrl: '', title: '', section: 'x', scope: [], description: '',
    params: [], result: [], resultType: { raw: '', kind: 'unknown' }, errors: [], examples, seeAlso: [], diagnostics,
  };
}

function doc(methods: IrMethod[]): IrDocument {
  return { irVersion: 1, methods, types: [], systemErrors: [], pages: [], diagnostics: [] };
}

describe('buildConformanceSource', () => {
  it('writes one typed const per example and records its lines and docs position', () => {
    const at = { file: 'api-reference/a.b.md', line: 40, column: 1 };
    const src = buildConformanceSource(doc([method('a.b', { request: { id: 1 }, requestPosition: at, response: { result: [1, 2], time: {} }, responsePosition: { ...at, line: 70 } })]), './dist/index.js');
    expect(src.text).toContain(`export const q0: ParamsOf<"a.b"> = {\n  "id": 1\n};`);
    expect(src.text).toContain(`export const s1: ResultOf<"a.b"> = [\n  1,\n  2\n];`);
    const lines = src.text.split('\n');
    for (const e of src.entries) expect(lines[e.startLine - 1]).toContain(e.kind === 'request' ? 'ParamsOf' : 'ResultOf');
    expect(src.entries.map((e) => [e.kind, e.endLine - e.startLine])).toEqual([['request', 2], ['response', 3]]);
    expect(src.entries[1]?.position.line).toBe(70);
  });

  it('skips responses without result and second pages of one key, and marks repaired JSON', () => {
    const bad = [{ file: 'f.md', line: 3, column: 1, severity: 'warning' as const, code: 'invalid-example-json', message: 'request example is not valid JSON (x); used a repaired copy' }];
    const src = buildConformanceSource(doc([method('a', { request: {}, response: { total: 1 } }, bad), method('a', { request: {} })]), './x.js');
    expect(src.entries).toHaveLength(1);
    expect(src.entries[0]?.repaired).toBe(true);
    expect(src.skipped.map((s) => s.reason)).toEqual(['no-result', 'duplicate-key']);
  });

  it('checks the further request examples too, each marked with its place among them', () => {
    const at = (line: number) => ({ file: 'api-reference/v.md', line, column: 1 });
    const src = buildConformanceSource(
      doc([method('v.get', { request: { attachId: 1 }, requestPosition: at(10), moreRequests: [{ value: { moduleId: 'im' }, position: at(30) }, { value: { s: 'x' }, position: at(50), repaired: true }] })]),
      './x.js',
    );
    expect(src.entries.map((e) => [e.kind, e.example ?? 0, e.position.line, e.repaired])).toEqual([
      ['request', 0, 10, false],
      ['request', 1, 30, false],
      ['request', 2, 50, true],
    ]);
    expect(src.text).toContain('"moduleId": "im"');
  });

  it('keeps doc text from breaking out of the literal or the comment', () => {
    expect(tsLiteral(JSON.parse('{"__proto__": 1, "a\\"b": "*/ x \\u2028"}'))).toBe('{\n  ["__proto__"]: 1,\n  "a\\"b": "*/ x \u2028"\n}');
    const src = buildConformanceSource(doc([method('m', { request: {}, requestPosition: { file: 'x*/y.md', line: 2, column: 1 } })]), './x.js');
    expect(src.text).toContain('/* x* /y.md:2 */');
  });
});

describe('examples of methods that read their params by position', () => {
  it('are checked by position: their values under the documented names, in order', () => {
    const positional: IrMethod = {
      ...method('task.item.update', { request: { TASKID: 1, FIELDS: { TITLE: 'x' } }, moreRequests: [{ value: [2], position: { file: 'f.md', line: 9, column: 1 } }] }),
      params: ['TASKID', 'TASKDATA'].map((name) => ({ name, required: false, type: { raw: 'integer', kind: 'scalar' as const, name: 'integer' }, description: '' })),
      paramsByPosition: true,
    };
    const named = method('task.item.get', { request: { FIELDS: 1 } });
    const src = buildConformanceSource(doc([positional, named]), './dist/index.js');
    expect(src.text).toContain(`ParamsOf<"task.item.update"> = {\n  "TASKID": 1,\n  "TASKDATA": {\n    "TITLE": "x"\n  }\n};`);
    expect(src.text).toContain(`ParamsOf<"task.item.update"> = {\n  "TASKID": 2\n};`);
    expect(src.text).toContain(`ParamsOf<"task.item.get"> = {\n  "FIELDS": 1\n};`);
  });
});
