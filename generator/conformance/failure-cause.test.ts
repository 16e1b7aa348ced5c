import { describe, expect, it } from 'vitest';
import type { Field, IrMethod } from '../ir/types.js';
import type { ExampleFailure } from './check-conformance.js';
import { buildCauseReport, formatCauseReport } from './cause-report.js';
import { classifyFailure, parseExamplePath } from './failure-cause.js';

const INTEGER = { raw: 'integer', kind: 'scalar', name: 'integer' } as const;

function method(name: string, request: unknown, result: unknown, params: Field[] = [{ name: 'id', required: true, type: INTEGER, description: '' }]): IrMethod {
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

  it('puts an operator the filter\'s own operator list leaves out on the docs', () => {
    const m = method('a.list', { filter: { '@ID': [1], '>=ID': 2 } }, []);
    const listed = {
      ...m,
      params: [{ name: 'filter', required: false, type: { raw: 'object', kind: 'object' as const }, description: '', fields: [], keyPrefixes: [{ prefix: '>=', description: '' }, { prefix: '=', description: '' }] }],
    };
    expect(classifyFailure(failure(listed, 'request', 'params.filter["@ID"]', UNKNOWN), listed)).toBe('filter-operator-unlisted');
    expect(classifyFailure(failure(listed, 'request', 'params.filter[">=ID"]', UNKNOWN), listed)).toBe('filter-operator-prefix');
  });

  it('puts an operator on an undocumented name, or on a filter that lists no operators, on the docs', () => {
    const m = method('a.list', { filter: { '=ownerTypeId': 2, '>=DATE_END': 'x', '>=ID': 1 } }, []);
    const keys = [{ name: 'OWNER_TYPE_ID', required: false, type: INTEGER, description: '' }, { name: 'DATE_END', required: false, type: INTEGER, description: '' }];
    const filter = (keyPrefixes: Array<{ prefix: string; description: string }>): IrMethod => ({
      ...m,
      params: [{ name: 'filter', required: false, type: { raw: 'object', kind: 'object' as const }, description: '', fields: keys, keyPrefixes }],
    });
    const listed = filter([{ prefix: '=', description: '' }, { prefix: '>=', description: '' }]);
    expect(classifyFailure(failure(listed, 'request', 'params.filter["=ownerTypeId"]', UNKNOWN), listed)).toBe('key-not-in-table');
    expect(classifyFailure(failure(listed, 'request', 'params.filter[">=DATE_END"]', UNKNOWN), listed)).toBe('filter-operator-prefix');
    const none = filter([]);
    expect(classifyFailure(failure(none, 'request', 'params.filter[">=DATE_END"]', UNKNOWN), none)).toBe('filter-operator-undocumented');
    expect(classifyFailure(failure(none, 'request', 'params.filter["!=tradingPlatformID"]', UNKNOWN), none)).toBe('key-not-in-table');
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
    // An example that stands `...` for what it leaves out cut the item short on purpose.
    const cut = method('calendar.resource.list', {}, [{ ID: 1, SIZE: 3 }, { ID: 2 }]);
    cut.examples.responseElided = true;
    expect(classifyFailure(failure(cut, 'response', 'result[1]', missing), cut)).toBe('elided-items');
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

describe('classifyFailure: lists typed as one value', () => {
  it('files an array sent where the type takes one value as ours when the words say list', () => {
    const params = [{ name: 'select', required: false, type: { raw: 'object', kind: 'object' as const }, description: 'List of fields' }];
    const m = method('a.list', { select: ['ID'] }, [], params);
    const msg = "Type 'string[]' is not assignable to type 'Record<string, unknown>'. Index signature for type 'string' is missing in type 'string[]'.";
    expect(classifyFailure(failure(m, 'request', 'params.select', msg), m)).toBe('list-typed-as-one');
  });
  it('does not read a missing index signature as a missing required key', () => {
    const params = [{ name: 'data', required: false, type: { raw: 'object', kind: 'object' as const }, description: 'Data' }];
    const m = method('a.set', { data: 'x' }, [], params);
    const msg = "Type 'string' is not assignable to type 'AData'. Index signature for type 'string' is missing in type 'string'.";
    expect(classifyFailure(failure(m, 'request', 'params.data', msg), m)).toBe('other-type');
  });
});

describe('classifyFailure: response classes that are ours', () => {
  const STRING = { raw: 'string', kind: 'scalar' as const, name: 'string' };

  it('files a missing result field the docs call conditional as ours, an unconditional one as the docs\'', () => {
    const m = {
      ...method('profile', {}, { ID: '1' }),
      result: [
        { name: 'ID', required: false, type: STRING, description: 'Id' },
        { name: 'PERSONAL_PHOTO', required: false, type: STRING, description: 'The field is returned only if a photo has been uploaded' },
        { name: 'NAME', required: false, type: STRING, description: 'First name' },
      ],
    };
    const photo = "Property 'PERSONAL_PHOTO' is missing in type '{ ID: string; }' but required in type 'ProfileResult'.";
    expect(classifyFailure(failure(m, 'response', 'result', photo), m)).toBe('conditional-result-field');
    const name = "Type '{ ID: string; }' is missing the following properties from type 'ProfileResult': NAME, and 2 more.";
    expect(classifyFailure(failure(m, 'response', 'result', name), m)).toBe('required-missing');
  });

  it('blames an id map only where the failure sits at the id key, not deeper inside a modelled map', () => {
    const m = method('a.get', {}, { QUEUE: { 27: { USER_NAME: null } } });
    expect(classifyFailure(failure(m, 'response', 'result.QUEUE["27"]', UNKNOWN), m)).toBe('map-keyed-by-id');
    const deeper = "Type 'null' is not assignable to type 'string'.";
    expect(classifyFailure(failure(m, 'response', 'result.QUEUE["27"].USER_NAME', deeper), m)).toBe('other-type');
  });
});

describe('classifyFailure: further request examples', () => {
  it('reads the value of the example the failure is about', () => {
    const m = { ...method('v.get', { id: 5 }, []), examples: { request: { id: 5 }, moreRequests: [{ value: { id: 'your_id' }, position: { file: 'f.md', line: 30, column: 1 } }] } };
    const f = failure(m, 'request', 'params.id', "Type 'string' is not assignable to type 'number'.");
    expect(classifyFailure(f, m)).toBe('other-type');
    expect(classifyFailure({ ...f, entry: { ...f.entry, example: 1 } }, m)).toBe('placeholder-value');
  });
});
