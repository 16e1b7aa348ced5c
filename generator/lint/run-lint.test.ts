import { describe, expect, it } from 'vitest';
import { fieldOf, irOf, methodOf } from './test-support.js';
import { failsAt, lintIr } from './run-lint.js';
import { ALL_RULES } from './rules/index.js';

describe('lintIr', () => {
  it('folds an absorbed pipeline diagnostic into its rule, once per place', () => {
    const method = methodOf({
      name: 'x.get',
      params: [fieldOf('id', { type: { raw: '', kind: 'unknown' }, file: 'p.md', line: 7 })],
      diagnostics: [
        { file: 'p.md', line: 7, column: 3, severity: 'info', code: 'missing-type', message: 'no type given for "id"' },
        { file: 'p.md', line: 9, column: 1, severity: 'info', code: 'missing-type', message: 'no type given for "x"' },
      ],
    });
    const report = lintIr(irOf([method]));
    const missing = report.findings.filter((f) => f.rule === 'missing-type');
    expect(missing.map((f) => [f.line, f.severity])).toEqual([[7, 'warning'], [9, 'warning']]);
    expect(report.rules.find((r) => r.id === 'missing-type')).toMatchObject({ origin: 'rule', count: 2 });
  });
  it('passes other pipeline diagnostics through under their own kind, with a fix hint', () => {
    const ir = irOf([methodOf({ name: 'x.get' })], {
      diagnostics: [{ file: 'a.md', line: 3, column: 1, severity: 'warning', code: 'unclosed-table', message: 'table not closed' }],
    });
    const report = lintIr(ir);
    expect(report.findings).toEqual([{ rule: 'unclosed-table', severity: 'warning', file: 'a.md', line: 3, column: 1, message: 'table not closed' }]);
    expect(report.rules).toEqual([{ id: 'unclosed-table', severity: 'warning', title: 'reported while reading the docs (unclosed-table)', fixHint: 'close the YFM table with |#', origin: 'extract', count: 1 }]);
  });
  it('sorts findings by place and rules by count', () => {
    const a = methodOf({ name: 'a.get', source: 'b.md', errors: [], examples: { response: { id: 1 } } });
    const b = methodOf({ name: 'b.get', source: 'a.md', errors: [] });
    const report = lintIr(irOf([a, b]));
    expect(report.findings.map((f) => `${f.file}:${f.rule}`)).toEqual(['a.md:missing-error-table', 'b.md:missing-error-table', 'b.md:response-example-without-result']);
    expect(report.rules.map((r) => [r.id, r.count])).toEqual([['missing-error-table', 2], ['response-example-without-result', 1]]);
  });
  it('fails at a threshold only with a finding that severe', () => {
    const report = lintIr(irOf([methodOf({ name: 'a.get', errors: [] })]));
    expect(failsAt(report, 'warning')).toBe(true);
    expect(failsAt(report, 'error')).toBe(false);
  });
  it('every rule has a distinct id, a title and a one-line fix hint', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ALL_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.fixHint).not.toContain('\n');
      expect(rule.title.length).toBeGreaterThan(10);
    }
  });
});

describe('lintIr with fragments', () => {
  it('reports a fragment\'s diagnostic once, however many pages include it, but keeps distinct messages', () => {
    const d = (message: string) => ({ file: '_includes/f.md', line: 4, column: 1, severity: 'info' as const, code: 'unplaced-result-row', message });
    const ir = irOf([methodOf({ name: 'a.get', diagnostics: [d('row x')] }), methodOf({ name: 'b.get', diagnostics: [d('row x'), d('row y')] })]);
    expect(lintIr(ir).findings.map((f) => f.message)).toEqual(['row x', 'row y']);
  });
});
