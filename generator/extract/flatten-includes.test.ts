import { describe, expect, it } from 'vitest';
import { boilerplateKind, flattenIncludes, sourceFileOf } from './flatten-includes.js';
import { include, p, table } from './test-support/mdast-builders.js';

describe('flattenIncludes', () => {
  it('inlines ordinary fragments and marks their nodes with the fragment file', () => {
    const t = table(['**Name**\n`type`', '**Description**']);
    const out = flattenIncludes([p('a'), include('api-reference/calendar/_includes/fields.md', t), p('b')]);
    expect(out.nodes.map((n) => n.type)).toEqual(['paragraph', 'yfmTable', 'paragraph']);
    expect(sourceFileOf(out.nodes[1]!, 'page.md')).toBe('api-reference/calendar/_includes/fields.md');
    expect(sourceFileOf(out.nodes[0]!, 'page.md')).toBe('page.md');
  });

  it('drops boilerplate includes and reports them once each', () => {
    const out = flattenIncludes([
      include('_includes/required.md', p('Required parameters are marked')),
      include('_includes/error-info-v3.md', table(['**Name**\n`type`', '**Description**'])),
      include('_includes/system-errors.md', table(['**Status**', '**Code**', '**Description**'])),
      include('_includes/required.md', p('again')),
    ]);
    expect(out.nodes).toEqual([]);
    expect(out.boilerplate).toEqual(['required', 'error-info-v3', 'system-errors']);
  });

  it('inlines nested includes and keeps the innermost file', () => {
    const out = flattenIncludes([include('a/_includes/outer.md', include('a/_includes/inner.md', p('x')))]);
    expect(sourceFileOf(out.nodes[0]!, 'page.md')).toBe('a/_includes/inner.md');
  });

  it('reports unreadable includes', () => {
    const broken = { ...include('missing.md'), error: 'not found' };
    expect(flattenIncludes([broken]).broken).toHaveLength(1);
  });
});

describe('boilerplateKind', () => {
  it('recognises the fragments only inside an _includes folder', () => {
    expect(boilerplateKind('_includes/system-errors.md')).toBe('system-errors');
    expect(boilerplateKind('api-reference/_includes/examples.md')).toBe('examples');
    expect(boilerplateKind('api-reference/crm/examples.md')).toBeUndefined();
    expect(boilerplateKind('api-reference/_include/required.md')).toBe('required');
  });

  it('takes no name from the object behind the table (an include named __proto__ or toString)', () => {
    expect(boilerplateKind('_includes/__proto__')).toBeUndefined();
    expect(boilerplateKind('_includes/toString')).toBeUndefined();
  });
});
