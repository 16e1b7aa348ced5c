import { describe, expect, it } from 'vitest';
import { diffIr } from './diff-ir.js';
import { renderDiffJson } from './render-json.js';
import { sampleIrPair } from './test-support.js';

describe('renderDiffJson', () => {
  const { from, to } = sampleIrPair();

  it('has the documented top-level shape', () => {
    const json = JSON.parse(renderDiffJson(diffIr(from, to))) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['diffVersion', 'bump', 'summary', 'changes']);
    expect(json.diffVersion).toBe(1);
    expect(Object.keys(json.summary as object)).toEqual([
      'methodsFrom', 'methodsTo', 'methodsAdded', 'methodsRemoved', 'methodsRenamed', 'methodsChanged', 'methodsDocsOnly',
      'typesAdded', 'typesRemoved', 'typesChanged', 'breaking', 'addition', 'compatible', 'docs', 'total',
    ]);
  });

  it('writes each change with keys in a fixed order and no undefined keys', () => {
    const [first] = (JSON.parse(renderDiffJson(diffIr(from, to))) as { changes: object[] }).changes;
    expect(first).toEqual({ section: '(types)', subject: 'api-reference/data-types.md#x', kind: 'type-field-added', impact: 'addition', location: 'fields', path: 'b', to: 'integer' });
    expect(Object.keys(first!)).toEqual(['section', 'subject', 'kind', 'impact', 'location', 'path', 'to']);
  });

  it('gives the same bytes whatever the order of methods, types and fields in the IRs', () => {
    const shuffled = { ...to, methods: [...to.methods].reverse().map((m) => ({ ...m, params: [...m.params].reverse(), errors: [...m.errors].reverse() })) };
    expect(renderDiffJson(diffIr(from, shuffled))).toBe(renderDiffJson(diffIr(from, to)));
  });

  it('sorts changes by section, subject, then breaking first', () => {
    const { changes } = diffIr(from, to);
    expect(changes.map((c) => `${c.section}|${c.subject}|${c.impact}`)).toEqual([
      '(types)|api-reference/data-types.md#x|addition',
      'crm|crm.deal.get|breaking',
      'crm|crm.deal.get|addition',
      'crm|crm.deal.get|compatible',
      'crm|crm.deal.legacy|breaking',
      'crm|crm.deal.new|addition',
      'sonet-group|tasks.api.scrum.backlog.add|addition',
      'sonet-group|tasks.api.scrum.backlog.add|docs',
    ]);
  });
});
