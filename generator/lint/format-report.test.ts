import { describe, expect, it } from 'vitest';
import { irOf, methodOf } from './test-support.js';
import { lintIr } from './run-lint.js';
import { formatLintJson, formatLintMarkdown, markdownText } from './format-report.js';

const report = lintIr(
  irOf([methodOf({ name: 'x.get', source: 'api-reference/x.md', errors: [] })], {
    diagnostics: [{ file: 'api-reference/y.md', line: 2, column: 1, severity: 'info', code: 'type-cell-prose', message: 'type cell says <b>|x|</b>' }],
  }),
);

describe('lint report formats', () => {
  it('Markdown: a rule table with counts, then findings grouped by rule', () => {
    const md = formatLintMarkdown(report);
    expect(md).toContain('2 findings (0 errors, 1 warnings, 1 info) in 1 of 1 methods.');
    expect(md).toContain('| [missing-error-table](#missing-error-table) | warning | 1 | add an error table');
    expect(md).toContain('## missing-error-table');
    expect(md).toContain('- `api-reference/x.md:1:1` `x.get`: x.get has no error table');
    expect(md).toContain('- `api-reference/y.md:2:1`: type cell says \\<b\\>\\|x\\|\\</b\\>');
  });
  it('escapes doc text so that it cannot open Markdown or HTML', () => {
    expect(markdownText('a *b*\n[c](d) <x> |')).toBe('a \\*b\\* \\[c\\](d) \\<x\\> \\|');
  });
  it('JSON: summary, rules and findings', () => {
    const json = JSON.parse(formatLintJson(report));
    expect(json.summary).toEqual({ methods: 1, findings: 2, errors: 0, warnings: 1, info: 1 });
    expect(json.rules.map((r: { id: string }) => r.id)).toEqual(['missing-error-table', 'type-cell-prose']);
    expect(json.findings[0]).toEqual({ rule: 'missing-error-table', severity: 'warning', file: 'api-reference/x.md', line: 1, column: 1, method: 'x.get', message: 'x.get has no error table' });
  });
  it('says so when there is nothing to report', () => {
    expect(formatLintMarkdown(lintIr(irOf([methodOf({ name: 'x.get' })])))).toContain('No findings.');
  });
});
