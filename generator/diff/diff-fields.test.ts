import { describe, expect, it } from 'vitest';
import { diffFields } from './diff-fields.js';
import { field, objectType, scalar } from './test-support.js';

describe('diffFields', () => {
  it('builds dotted paths through several levels', () => {
    const tree = (leaf: string) => [field('fields', objectType, { fields: [field('options', objectType, { fields: [field(leaf)] })] })];
    expect(diffFields(tree('a'), tree('b'), 'param', 'params').map((d) => [d.kind, d.path])).toEqual([
      ['param-removed', 'fields.options.a'],
      ['param-added', 'fields.options.b'],
    ]);
  });

  it('reports an added object once, not each of its keys', () => {
    const added = field('filter', objectType, { fields: [field('ID'), field('TITLE')] });
    expect(diffFields([], [added], 'param', 'params').map((d) => d.path)).toEqual(['filter']);
  });

  it('uses the first of two rows with the same name', () => {
    expect(diffFields([field('id'), field('id', scalar('string'))], [field('id')], 'param', 'params')).toEqual([]);
  });

  it('notes a change between optional and conditionally required as docs only', () => {
    const [draft] = diffFields([field('x')], [field('x', scalar('integer'), { requiredMark: 'conditional' })], 'param', 'params');
    expect(draft).toMatchObject({ kind: 'param-docs-changed', detail: 'required-mark', from: 'optional', to: 'conditional' });
  });

  it('notes alias changes as docs', () => {
    const [draft] = diffFields([field('ID')], [field('ID', scalar('integer'), { aliases: ['id'] })], 'param', 'params');
    expect(draft).toMatchObject({ kind: 'param-docs-changed', detail: 'aliases', from: '', to: 'id' });
  });

  it('never asks for required-related kinds of result fields', () => {
    const drafts = diffFields([field('a', scalar('integer'), { required: true })], [field('a'), field('b', scalar('integer'), { required: true })], 'result-field', 'result');
    expect(drafts.map((d) => d.kind)).toEqual(['result-field-added']);
  });

  it('uses the type-field kinds for shared types', () => {
    expect(diffFields([], [field('b', scalar('integer'), { required: true })], 'type-field', 'fields')[0]?.kind).toBe('type-field-added-required');
  });
});
