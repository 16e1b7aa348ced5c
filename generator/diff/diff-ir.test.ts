import { describe, expect, it } from 'vitest';
import { diffIr } from './diff-ir.js';
import { CLASSIFICATION } from './change.js';
import type { ApiChange } from './change.js';
import { arrayOf, enumOf, error, field, ir, method, namedType, objectType, scalar, union } from './test-support.js';
import type { IrDocument } from '../ir/types.js';

/** The changes of a diff, reduced to what these tests compare. */
function brief(from: IrDocument, to: IrDocument): Array<Pick<ApiChange, 'subject' | 'kind' | 'impact'> & { path?: string }> {
  return diffIr(from, to).changes.map((c) => ({ subject: c.subject, kind: c.kind, impact: c.impact, ...(c.path === undefined ? {} : { path: c.path }) }));
}

const base = method('demo.item.add', {
  params: [field('fields', objectType, { required: true, fields: [field('groupId', scalar('integer'), { required: true }), field('title', scalar('string'))] })],
  result: [field('id'), field('groupId')],
  errors: [error('0', 'Backlog already added')],
});

describe('diffIr: methods', () => {
  it('reports nothing for identical IRs', () => {
    const diff = diffIr(ir([base]), ir([structuredClone(base)]));
    expect(diff.changes).toEqual([]);
    expect(diff.bump).toBe('none');
  });

  it('a method added is an addition, a method removed is breaking', () => {
    expect(brief(ir([base]), ir([base, method('demo.item.list')]))).toEqual([{ subject: 'demo.item.list', kind: 'method-added', impact: 'addition' }]);
    expect(brief(ir([base]), ir([]))).toEqual([{ subject: 'demo.item.add', kind: 'method-removed', impact: 'breaking' }]);
  });

  it('matches methods by key, so a REST 3.0 twin is a separate method', () => {
    const v3 = method('demo.item.add', { key: 'demo.item.add@v3', apiVersion: 'v3' });
    expect(brief(ir([base]), ir([base, v3]))).toEqual([{ subject: 'demo.item.add@v3', kind: 'method-added', impact: 'addition' }]);
  });

  it('a key that changed only in letter case is a rename (breaking), diffed as one method', () => {
    const renamed = { ...base, key: 'demo.item.Add', name: 'demo.item.Add', errors: [] };
    const diff = diffIr(ir([base]), ir([renamed]));
    expect(diff.changes.map((c) => [c.subject, c.kind, c.impact, c.from ?? ''])).toEqual([
      ['demo.item.Add', 'method-renamed', 'breaking', 'demo.item.add'],
      ['demo.item.Add', 'error-removed', 'compatible', ''],
    ]);
    expect(diff.summary).toMatchObject({ methodsAdded: 0, methodsRemoved: 0, methodsRenamed: 1, methodsChanged: 1 });
  });

  it('a deprecation is compatible and names the replacement', () => {
    const deprecated = { ...base, deprecated: { message: 'Use the new one.', replacement: 'demo.item.create', reason: 'note' as const } };
    const [change] = diffIr(ir([base]), ir([deprecated])).changes;
    expect(change).toMatchObject({ kind: 'method-deprecated', impact: 'compatible', to: 'demo.item.create' });
  });

  it('a result type widened is breaking, narrowed is compatible', () => {
    const returnsInt = method('demo.x', { resultType: scalar('integer') });
    const returnsIntOrNull = method('demo.x', { resultType: union(scalar('integer'), scalar('null')) });
    expect(brief(ir([returnsInt]), ir([returnsIntOrNull]))).toEqual([{ subject: 'demo.x', kind: 'result-type-widened', impact: 'breaking' }]);
    expect(brief(ir([returnsIntOrNull]), ir([returnsInt]))).toEqual([{ subject: 'demo.x', kind: 'result-type-narrowed', impact: 'compatible' }]);
  });

  it('title and description edits are docs changes', () => {
    const edited = { ...base, title: 'Add an item', description: 'Adds an item.' };
    expect(brief(ir([base]), ir([edited])).map((c) => [c.kind, c.impact])).toEqual([
      ['method-docs-changed', 'docs'],
      ['method-docs-changed', 'docs'],
    ]);
    expect(diffIr(ir([base]), ir([edited])).bump).toBe('patch');
  });

  it('re-wrapped description text is no change', () => {
    const rewrapped = { ...base, description: 'Does  a\nthing.' };
    expect(diffIr(ir([base]), ir([rewrapped])).changes).toEqual([]);
  });
});

describe('diffIr: params', () => {
  const withParams = (...params: ReturnType<typeof field>[]) => ir([{ ...base, params }]);
  const fieldsParam = base.params[0]!;
  const nested = (...fields: ReturnType<typeof field>[]) => withParams({ ...fieldsParam, fields });

  it('an optional param added is an addition; a required one is breaking', () => {
    expect(brief(nested(...fieldsParam.fields!), nested(...fieldsParam.fields!, field('sort')))).toEqual([
      { subject: 'demo.item.add', kind: 'param-added', impact: 'addition', path: 'fields.sort' },
    ]);
    expect(brief(nested(...fieldsParam.fields!), nested(...fieldsParam.fields!, field('sort', scalar('integer'), { required: true })))).toEqual([
      { subject: 'demo.item.add', kind: 'param-added-required', impact: 'breaking', path: 'fields.sort' },
    ]);
  });

  it('a param removed is breaking, with a dotted path', () => {
    expect(brief(ir([base]), nested(fieldsParam.fields![0]!))).toEqual([
      { subject: 'demo.item.add', kind: 'param-removed', impact: 'breaking', path: 'fields.title' },
    ]);
  });

  it('a param made required is breaking, made optional is compatible', () => {
    const title = fieldsParam.fields![1]!;
    const groupId = fieldsParam.fields![0]!;
    expect(brief(ir([base]), nested(groupId, { ...title, required: true, requiredMark: 'required' }))).toEqual([
      { subject: 'demo.item.add', kind: 'param-made-required', impact: 'breaking', path: 'fields.title' },
    ]);
    expect(brief(ir([base]), nested({ ...groupId, required: false }, title))).toEqual([
      { subject: 'demo.item.add', kind: 'param-made-optional', impact: 'compatible', path: 'fields.groupId' },
    ]);
  });

  it('a param type changed is breaking and carries both type texts', () => {
    const [change] = diffIr(withParams(field('id', scalar('integer'))), withParams(field('id', scalar('string')))).changes;
    expect(change).toMatchObject({ kind: 'param-type-changed', impact: 'breaking', path: 'id', from: 'integer', to: 'string' });
  });

  it('a param type narrowed is breaking, widened is compatible', () => {
    const wide = withParams(field('id', union(scalar('integer'), scalar('string'))));
    const narrow = withParams(field('id', scalar('integer')));
    expect(brief(wide, narrow)).toEqual([{ subject: 'demo.item.add', kind: 'param-type-narrowed', impact: 'breaking', path: 'id' }]);
    expect(brief(narrow, wide)).toEqual([{ subject: 'demo.item.add', kind: 'param-type-widened', impact: 'compatible', path: 'id' }]);
  });

  it('an enum value removed from a param is breaking, one added is an addition', () => {
    const before = withParams(field('mode', enumOf('a', 'b')));
    const after = withParams(field('mode', enumOf('b', 'c')));
    expect(diffIr(before, after).changes.map((c) => [c.kind, c.impact, c.from ?? c.to])).toEqual([
      ['param-enum-value-removed', 'breaking', 'a'],
      ['param-enum-value-added', 'addition', 'c'],
    ]);
  });

  it('a synonym spelling of the same type is no change', () => {
    expect(diffIr(withParams(field('id', scalar('int'))), withParams(field('id', scalar('integer')))).changes).toEqual([]);
  });

  it('a param deprecated is compatible; its description edit is docs', () => {
    const after = withParams({ ...field('old'), deprecated: true, description: 'Not used any more.' });
    expect(brief(withParams(field('old')), after).map((c) => [c.kind, c.impact])).toEqual([
      ['param-deprecated', 'compatible'],
      ['param-docs-changed', 'docs'],
    ]);
  });

  it('recurses into the items of an array of objects', () => {
    const rows = (...fields: ReturnType<typeof field>[]) => withParams(field('rows', arrayOf(objectType), { fields }));
    expect(brief(rows(field('id'), field('qty')), rows(field('id')))).toEqual([
      { subject: 'demo.item.add', kind: 'param-removed', impact: 'breaking', path: 'rows.qty' },
    ]);
  });
});

describe('diffIr: result fields', () => {
  const withResult = (...result: ReturnType<typeof field>[]) => ir([{ ...base, result }]);

  it('a result field added is an addition, removed is breaking', () => {
    expect(brief(withResult(field('id')), withResult(field('id'), field('createdBy')))).toEqual([
      { subject: 'demo.item.add', kind: 'result-field-added', impact: 'addition', path: 'createdBy' },
    ]);
    expect(brief(withResult(field('id'), field('createdBy')), withResult(field('id')))).toEqual([
      { subject: 'demo.item.add', kind: 'result-field-removed', impact: 'breaking', path: 'createdBy' },
    ]);
  });

  it('a result field type changed or widened is breaking, narrowed is compatible', () => {
    const int = withResult(field('id', scalar('integer')));
    const str = withResult(field('id', scalar('string')));
    const nullable = withResult(field('id', union(scalar('integer'), scalar('null'))));
    expect(brief(int, str)[0]).toMatchObject({ kind: 'result-field-type-changed', impact: 'breaking' });
    expect(brief(int, nullable)[0]).toMatchObject({ kind: 'result-field-type-widened', impact: 'breaking' });
    expect(brief(nullable, int)[0]).toMatchObject({ kind: 'result-field-type-narrowed', impact: 'compatible' });
  });

  it('ignores the required mark of result fields', () => {
    expect(diffIr(withResult(field('id')), withResult(field('id', scalar('integer'), { required: true }))).changes).toEqual([]);
  });

  it('diffs response extras beside result under location "response"', () => {
    const [change] = diffIr(ir([base]), ir([{ ...base, responseExtras: [field('total')] }])).changes;
    expect(change).toMatchObject({ kind: 'result-field-added', location: 'response', path: 'total' });
  });
});

describe('diffIr: errors', () => {
  it('an error added (by code + message) is an addition, removed is compatible', () => {
    const after = ir([{ ...base, errors: [error('0', 'Group id not found'), error('0', 'Backlog already added')] }]);
    expect(diffIr(ir([base]), after).changes).toEqual([
      { section: 'demo', subject: 'demo.item.add', kind: 'error-added', impact: 'addition', location: 'errors', errorCode: '0', errorMessage: 'Group id not found' },
    ]);
    expect(diffIr(after, ir([base])).changes[0]).toMatchObject({ kind: 'error-removed', impact: 'compatible', errorMessage: 'Group id not found' });
  });

  it('an explanation edit of the same error is docs', () => {
    const after = ir([{ ...base, errors: [error('0', 'Backlog already added', 'Another explanation.')] }]);
    expect(brief(ir([base]), after).map((c) => c.kind)).toEqual(['error-docs-changed']);
  });

  it('diffs the system errors shared by all methods', () => {
    const [change] = diffIr(ir([]), ir([], { systemErrors: [error('QUERY_LIMIT_EXCEEDED', 'Too many requests')] })).changes;
    expect(change).toMatchObject({ section: '(system)', subject: '(system errors)', kind: 'error-added' });
  });
});

describe('diffIr: shared types', () => {
  const store = (...fields: ReturnType<typeof field>[]) => ir([], { types: [namedType('api-reference/catalog/data-types.md#catalog_store', 'catalog_store', fields)] });

  it('a type added is an addition, removed is breaking', () => {
    expect(brief(ir([]), store(field('id')))[0]).toMatchObject({ kind: 'type-added', impact: 'addition' });
    expect(brief(store(field('id')), ir([]))[0]).toMatchObject({ kind: 'type-removed', impact: 'breaking' });
  });

  it('a field type change in a shared type is breaking whichever way it goes', () => {
    const int = store(field('id', scalar('integer')));
    const wide = store(field('id', union(scalar('integer'), scalar('string'))));
    expect(brief(int, wide)[0]).toMatchObject({ kind: 'type-field-type-widened', impact: 'breaking' });
    expect(brief(wide, int)[0]).toMatchObject({ kind: 'type-field-type-narrowed', impact: 'breaking' });
  });

  it('follows a type whose table moved to another page', () => {
    const moved = ir([], { types: [namedType('api-reference/catalog/store-types.md#catalog_store', 'catalog_store', [field('id'), field('code')])] });
    expect(brief(store(field('id')), moved).map((c) => c.kind)).toEqual(['type-field-added', 'type-docs-changed']);
  });
});

describe('diffIr: summary and bump', () => {
  it('counts methods and impacts and suggests the bump', () => {
    const changedBase = { ...base, result: [...base.result, field('createdBy')] };
    const docsOnly = method('demo.b');
    const diff = diffIr(ir([base, docsOnly, method('demo.gone')]), ir([changedBase, { ...docsOnly, title: 'B' }, method('demo.new')]));
    expect(diff.summary).toMatchObject({ methodsFrom: 3, methodsTo: 3, methodsAdded: 1, methodsRemoved: 1, methodsChanged: 1, methodsDocsOnly: 1, breaking: 1, addition: 2, docs: 1, total: 4 });
    expect(diff.bump).toBe('major');
  });

  it('suggests minor for additions only', () => {
    expect(diffIr(ir([base]), ir([base, method('demo.new')])).bump).toBe('minor');
  });

  it('classifies every change by the table', () => {
    const diff = diffIr(ir([base]), ir([{ ...base, params: [], result: [field('x', scalar('string'))], errors: [] }]));
    for (const change of diff.changes) expect(change.impact).toBe(CLASSIFICATION[change.kind]);
    expect(diff.changes.length).toBeGreaterThan(3);
  });

  it('orders changes by section, subject, then breaking first', () => {
    const a = method('a.x', { section: 'alpha' });
    const diff = diffIr(ir([base]), ir([{ ...base, result: [field('id'), field('extra')], params: [] }, a]));
    expect(diff.changes.map((c) => `${c.section} ${c.impact} ${c.kind}`)).toEqual([
      'alpha addition method-added',
      'demo breaking param-removed',
      'demo breaking result-field-removed',
      'demo addition result-field-added',
    ]);
  });
});
