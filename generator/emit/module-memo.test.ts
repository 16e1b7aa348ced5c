import { describe, expect, it } from 'vitest';
import type { SectionPlan } from './plan.js';
import { printSectionModule, sectionModuleKey, type PrintedModuleMemo } from './module-memo.js';

function section(description: string): SectionPlan {
  return {
    section: 'crm',
    stem: 'crm',
    subModules: [],
    methods: [{ docs: { description, tags: [] } }] as unknown as SectionPlan['methods'],
    sharedImports: ['A'],
    fixturesName: 'crmFixtures',
    fixtureImports: [],
    namespaceAlias: 'Crm',
  };
}

function mapMemo(): PrintedModuleMemo & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, get: (k) => map.get(k), keep: (k, t) => void map.set(k, t) };
}

describe('printSectionModule', () => {
  it('keys a section by every value of its plan and by the kind of module', () => {
    const a = sectionModuleKey('methods', section('one'));
    expect(a).toBe(sectionModuleKey('methods', section('one')));
    expect(a).not.toBe(sectionModuleKey('methods', section('two')));
    expect(a).not.toBe(sectionModuleKey('fixtures', section('one')));
    expect(sectionModuleKey('methods', { ...section('one'), sharedImports: ['A', 'B'] })).not.toBe(a);
  });

  it('tells an absent property from one set to undefined, and a string from a number', () => {
    const base = section('one');
    const withUndefined = { ...base, methods: [{ docs: { description: 'one', tags: [] }, errorName: undefined }] } as unknown as SectionPlan;
    expect(sectionModuleKey('methods', withUndefined)).not.toBe(sectionModuleKey('methods', base));
    const asNumber = { ...base, sharedImports: [1] } as unknown as SectionPlan;
    expect(sectionModuleKey('methods', asNumber)).not.toBe(sectionModuleKey('methods', { ...base, sharedImports: ['1'] }));
  });

  it('refuses to key a plan holding anything but plain data', () => {
    const odd = { ...section('one'), extra: new Map([['x', 1]]) } as unknown as SectionPlan;
    expect(sectionModuleKey('methods', odd)).toBeUndefined();
    let printed = 0;
    const memo = mapMemo();
    printSectionModule(memo, 'methods', odd, () => `${++printed}`);
    printSectionModule(memo, 'methods', odd, () => `${++printed}`);
    expect(printed).toBe(2);
    expect(memo.map.size).toBe(0);
  });

  it('prints a section once and then reuses the text, until its plan changes', () => {
    const memo = mapMemo();
    let printed = 0;
    const print = (s: SectionPlan): string => `printed ${++printed} ${JSON.stringify(s.methods)}`;
    const first = printSectionModule(memo, 'methods', section('one'), print);
    expect(printSectionModule(memo, 'methods', section('one'), print)).toBe(first);
    expect(printed).toBe(1);
    expect(printSectionModule(memo, 'methods', section('two'), print)).toContain('two');
    expect(printed).toBe(2);
    expect(printSectionModule(undefined, 'methods', section('one'), print)).toContain('printed 3');
  });
});
