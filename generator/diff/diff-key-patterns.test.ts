import { describe, expect, it } from 'vitest';
import type { KeyPattern } from '../ir/types.js';
import { CLASSIFICATION } from './change.js';
import { diffKeyPatterns, diffKeyPrefixes, diffParamSets, diffRequiredOneOf } from './diff-key-patterns.js';
import { diffMethod } from './diff-method.js';
import { diffNamedTypes } from './diff-types.js';
import { field, method, namedType, objectType, scalar, union } from './test-support.js';

const uf = (type = scalar('string')): KeyPattern => ({ pattern: 'UF_CRM_${string}', type, description: 'Custom field.' });
const prop: KeyPattern = { pattern: 'property${number}', type: scalar('string'), description: 'A property.' };

describe('diffKeyPatterns', () => {
  it('reports added and removed families with the family in brackets under the object path', () => {
    const drafts = diffKeyPatterns([prop], [uf()], 'param', 'params', 'fields');
    expect(drafts).toEqual([
      { kind: 'param-key-pattern-added', location: 'params', path: 'fields[UF_CRM_${string}]', to: 'string' },
      { kind: 'param-key-pattern-removed', location: 'params', path: 'fields[property${number}]', from: 'string' },
    ]);
    expect(drafts.map((d) => CLASSIFICATION[d.kind])).toEqual(['addition', 'breaking']);
  });

  it('compares the value type of a family on both sides by the side\'s variance', () => {
    const wider = union(scalar('string'), scalar('integer'));
    expect(diffKeyPatterns([uf()], [uf(wider)], 'param', 'params').map((d) => d.kind)).toEqual(['param-type-widened']);
    expect(diffKeyPatterns([uf()], [uf(wider)], 'result-field', 'result').map((d) => CLASSIFICATION[d.kind])).toEqual(['breaking']);
    expect(diffKeyPatterns([uf()], [uf()], 'param', 'params')).toEqual([]);
  });
});

describe('diffRequiredOneOf', () => {
  it('classifies new, dropped, widened and narrowed groups', () => {
    const kinds = (from: string[][], to: string[][]): string[] => diffRequiredOneOf(from, to, 'param', 'params').map((d) => `${d.kind}:${CLASSIFICATION[d.kind]}`);
    expect(kinds([], [['A', 'B']])).toEqual(['param-required-one-of-added:breaking']);
    expect(kinds([['A', 'B']], [])).toEqual(['param-required-one-of-removed:compatible']);
    expect(kinds([['A', 'B']], [['A', 'B', 'C']])).toEqual(['param-required-one-of-widened:compatible']);
    expect(kinds([['A', 'B', 'C']], [['B', 'A']])).toEqual(['param-required-one-of-narrowed:breaking']);
    expect(kinds([['B', 'A']], [['A', 'B']])).toEqual([]);
  });

  it('ignores results, whose required marks are not tracked', () => {
    expect(diffRequiredOneOf([], [['A', 'B']], 'result-field', 'result')).toEqual([]);
  });
});

describe('key families and groups in method and type diffs', () => {
  it('finds them at the top level, in nested params, in results and in shared types', () => {
    const nested = (patterns: KeyPattern[], oneOf: string[][]) =>
      field('fields', objectType, { fields: [field('IBLOCK_ID'), field('IBLOCK_CODE')], keyPatterns: patterns, requiredOneOf: oneOf });
    const old = method('lists.element.add', { params: [nested([], [])] });
    const current = method('lists.element.add', {
      params: [nested([prop], [['IBLOCK_CODE', 'IBLOCK_ID']])],
      keyPatterns: [uf()],
      requiredOneOf: [['a', 'b']],
      resultKeyPatterns: [uf()],
    });
    expect(diffMethod(old, current).map((d) => `${d.kind} ${d.path ?? ''}`)).toEqual([
      'param-key-pattern-added fields[property${number}]',
      'param-required-one-of-added fields',
      'param-key-pattern-added [UF_CRM_${string}]',
      'param-required-one-of-added ',
      'result-field-key-pattern-added [UF_CRM_${string}]',
    ]);
    const before = namedType('api-reference/x.md#t', 't', [field('a')]);
    const changes = diffNamedTypes([{ ...before, keyPatterns: [uf()] }], [before]);
    expect(changes.map((c) => `${c.kind}:${c.impact}`)).toEqual(['type-field-key-pattern-removed:breaking']);
  });
});

describe('diffKeyPrefixes', () => {
  const ge = { prefix: '>=', description: 'At least.' };
  const inList = { prefix: '@', list: true, description: 'One of.' };
  const filter = (prefixes: Array<{ prefix: string; list?: boolean; description: string }>) =>
    field('filter', objectType, { fields: [field('ID'), field('TITLE', scalar('string'))], keyPrefixes: prefixes });

  it('reports operators added, removed and turned between one value and a list', () => {
    const drafts = diffKeyPrefixes([ge, { prefix: '@', description: 'One.' }], [inList, { prefix: '!', description: 'Not.' }], 'param', 'params', 'filter');
    expect(drafts).toEqual([
      { kind: 'param-key-prefix-added', location: 'params', path: 'filter[!…]', to: 'value' },
      { kind: 'param-key-prefix-removed', location: 'params', path: 'filter[>=…]', from: 'value' },
      { kind: 'param-key-prefix-changed', location: 'params', path: 'filter[@…]', from: 'value', to: 'list' },
    ]);
    expect(drafts.map((d) => CLASSIFICATION[d.kind])).toEqual(['addition', 'breaking', 'breaking']);
  });

  it('is part of a method diff, and says nothing when the operators are the same', () => {
    const old = method('crm.deal.list', { params: [filter([ge])] });
    const same = method('crm.deal.list', { params: [filter([{ ...ge, description: 'Reworded.' }])] });
    const wider = method('crm.deal.list', { params: [filter([ge, inList])] });
    expect(diffMethod(old, same).filter((d) => d.kind.includes('key-prefix'))).toEqual([]);
    expect(diffMethod(old, wider).map((d) => `${d.kind} ${d.path ?? ''}`)).toEqual(['param-key-prefix-added filter[@…]']);
    expect(diffMethod(wider, old).map((d) => CLASSIFICATION[d.kind])).toEqual(['breaking']);
  });
});

describe('diffParamSets', () => {
  it('reports ways to call added and removed, a changed way as both', () => {
    const drafts = diffParamSets([['attachId'], ['moduleId', 'entityId']], [['attachId'], ['entityId', 'moduleId', 'entityType']]);
    expect(drafts.map((d) => `${d.kind} ${d.from ?? d.to ?? ''} ${CLASSIFICATION[d.kind]}`)).toEqual([
      'param-call-way-added entityId | entityType | moduleId addition',
      'param-call-way-removed entityId | moduleId breaking',
    ]);
    expect(diffParamSets([['b', 'a']], [['a', 'b']])).toEqual([]);
  });
});
