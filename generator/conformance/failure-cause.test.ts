import { describe, expect, it } from 'vitest';
import type { IrMethod } from '../ir/types.js';
import type { ExampleFailure } from './check-conformance.js';
import { buildCauseReport, formatCauseReport } from './cause-report.js';
import { classifyFailure, parseExamplePath } from './failure-cause.js';

const INTEGER = { raw: 'integer', kind: 'scalar', name: 'integer' } as const;

function method(name: string, request: unknown, result: unknown, params = [{ name: 'id', required: true, type: INTEGER, description: '' }]): IrMethod {
  return {
    name, apiVersion: 'v2', key: name, source: `api-reference/x/${name}.md`, docsUrl: '', title: name, section: 'x', scope: [], description: '',
    params, result: [], resultType: { raw: 'object', kind: 'object' }, errors: [], seeAlso: [], diagnostics: [],
    examples: { request, response: { result, time: {} } },
  };
}

function failure(m: IrMethod, kind: 'request' | 'response', path: string, message: string): ExampleFailure {
  return { entry: { method: m.name, kind, position: { file: m.source, line: 10, column: 1 }, repaired: false, startLine: 1, endLine: 2 }, message, path, errorCount: 1 };
}

const UNKNOWN = "Object literal may only specify known properties, and '\"x\"' does not exist in type 'P'.";

describe('parseExamplePath', () => {
  it('splits dotted, indexed and quoted segments and drops the root', () => {
    expect(parseExamplePath('params.filter["=ID"].list[2].a_b')).toEqual(['filter', '=ID', 'list', 2, 'a_b']);
    expect(parseExamplePath('result')).toEqual([]);
  });
});

describe('classifyFailure', () => {
  it('tells operator-prefixed filter keys (ours) from other unknown keys (docs)', () => {
    const m = method('a.list', { filter: { '>=ID': 1 } }, []);
    expect(classifyFailure(failure(m, 'request', 'params.filter[">=ID"]', UNKNOWN), m)).toBe('filter-operator-prefix');
    expect(classifyFailure(failure(m, 'request', 'params.limit', UNKNOWN), m)).toBe('key-not-in-table');
  });

  it('recognises placeholders where a number is expected, and other type mismatches', () => {
    const m = method('a.get', { id: 'your_product_id', flag: 'Y' }, {});
    expect(classifyFailure(failure(m, 'request', 'params.id', "Type 'string' is not assignable to type 'number'."), m)).toBe('placeholder-value');
    expect(classifyFailure(failure(m, 'request', 'params.flag', "Type 'string' is not assignable to type 'number'."), m)).toBe('other-type');
  });

  it('recognises arrays shown for objects and missing required keys', () => {
    const m = method('a.add', { fields: [] }, {});
    expect(classifyFailure(failure(m, 'request', 'params.fields', "Type 'never[]' is not assignable to type 'AFields'."), m)).toBe('object-array-swapped');
    expect(classifyFailure(failure(m, 'request', 'params', "Property 'id' is missing in type '{}' but required in type 'P'."), m)).toBe('required-missing');
  });

  it('recognises the response shapes the docs get wrong', () => {
    const m = method('a.fields', {}, { ID: { type: 'integer', isRequired: false, isReadOnly: true } });
    expect(classifyFailure(failure(m, 'response', 'result.ID', "Type 'x' is not assignable to type 'number'."), m)).toBe('fields-descriptors');
    const t = method('a.start', {}, { time: {} });
    expect(classifyFailure(failure(t, 'response', 'result.time', UNKNOWN), t)).toBe('time-in-result');
    const byId = method('a.get', {}, { 12: { NAME: 'x' }, 14: { NAME: 'y' } });
    expect(classifyFailure(failure(byId, 'response', 'result["12"]', UNKNOWN), byId)).toBe('map-keyed-by-id');
  });

  it('blames mixed list items on us and a missing field in uniform lists on the docs', () => {
    const mixed = method('disk.folder.getchildren', {}, [{ ID: 1, SIZE: 3 }, { ID: 2 }]);
    const missing = "Type '{ ID: number; }' is missing the following properties from type 'Item': SIZE";
    expect(classifyFailure(failure(mixed, 'response', 'result[1]', missing), mixed)).toBe('mixed-list-items');
    const uniform = method('disk.folder.getchildren', {}, [{ ID: 1 }, { ID: 2 }]);
    expect(classifyFailure(failure(uniform, 'response', 'result[1]', missing), uniform)).toBe('required-missing');
  });

  it('calls a request for a method without a parameter table the docs\' gap', () => {
    const m = method('a.list', { order: { ID: 'ASC' } }, [], []);
    expect(classifyFailure(failure(m, 'request', 'params.order', UNKNOWN), m)).toBe('no-param-table');
  });
});

describe('buildCauseReport', () => {
  it('groups mismatches by cause, docs first, and prints path:line:col lines', () => {
    const a = method('a.list', { filter: { '>=ID': 1 }, limit: 1 }, []);
    const b = method('b.list', { limit: 1 }, []);
    const rate = { checked: 3, conform: 1, validChecked: 3, validConform: 1, skipped: 0 };
    const report = buildCauseReport(
      {
        request: rate, response: rate, skipped: [], diagnostics: [], otherErrors: [],
        failures: [failure(a, 'request', 'params.filter[">=ID"]', UNKNOWN), failure(b, 'request', 'params.limit', UNKNOWN)],
      },
      { irVersion: 1, methods: [a, b], types: [], systemErrors: [], pages: [], diagnostics: [] },
    );
    expect(report.groups.map((g) => `${g.side}:${g.cause}:${g.count}`)).toEqual(['docs:key-not-in-table:1', 'ours:filter-operator-prefix:1']);
    const text = formatCauseReport(report);
    expect(text).toContain('request examples: 1/3 (33.3 %)');
    expect(text).toContain('api-reference/x/b.list.md:10:1: info: request of b.list at params.limit:');
  });
});
