import type { Severity } from '../ir/types.js';
import type { LintReport } from './run-lint.js';

/** Doc text in a Markdown report: one line, and no character that would start Markdown or HTML. */
export function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);
}

function count(report: LintReport, severity: Severity): number {
  return report.findings.filter((f) => f.severity === severity).length;
}

function summaryLine(report: LintReport): string {
  const methods = new Set(report.findings.flatMap((f) => (f.method === undefined ? [] : [f.method]))).size;
  return (
    `${report.findings.length} findings (${count(report, 'error')} errors, ${count(report, 'warning')} warnings, ${count(report, 'info')} info) ` +
    `in ${methods} of ${report.methods} methods`
  );
}

/** The report for docs maintainers: a table of rules with counts, then every finding grouped by rule. */
export function formatLintMarkdown(report: LintReport): string {
  const lines: string[] = ['# b24gen lint report', '', `${summaryLine(report)}.`, ''];
  if (report.rules.length === 0) return `${lines.join('\n')}No findings.\n`;
  lines.push('| rule | severity | findings | how to fix |', '| --- | --- | ---: | --- |');
  for (const rule of report.rules) lines.push(`| [${rule.id}](#${rule.id}) | ${rule.severity} | ${rule.count} | ${markdownText(rule.fixHint)} |`);
  for (const rule of report.rules) {
    lines.push('', `## ${rule.id}`, '', `${markdownText(rule.title)}. ${rule.severity}, ${rule.count} finding${rule.count === 1 ? '' : 's'}.`, '', `Fix: ${markdownText(rule.fixHint)}.`, '');
    for (const f of report.findings) {
      if (f.rule !== rule.id) continue;
      const method = f.method === undefined ? '' : ` \`${f.method.replace(/`/g, '')}\``;
      lines.push(`- \`${f.file.replace(/`/g, '')}:${f.line}:${f.column}\`${method}: ${markdownText(f.message)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The same report as stable JSON, for tools. */
export function formatLintJson(report: LintReport): string {
  const json = {
    lintVersion: 1,
    summary: {
      methods: report.methods,
      findings: report.findings.length,
      errors: count(report, 'error'),
      warnings: count(report, 'warning'),
      info: count(report, 'info'),
    },
    rules: report.rules,
    findings: report.findings.map((f) => ({ rule: f.rule, severity: f.severity, file: f.file, line: f.line, column: f.column, method: f.method, message: f.message })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
