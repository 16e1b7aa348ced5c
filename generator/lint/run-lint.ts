import type { Diagnostic, IrDocument, Severity } from '../ir/types.js';
import { compareCodeUnits } from '../compare-code-units.js';
import type { LintContext, LintFinding, LintRule } from './lint-types.js';
import { ALL_RULES } from './rules/index.js';
import { GENERIC_HINT, IR_DIAGNOSTIC_HINTS } from './ir-diagnostic-hints.js';

export interface RuleSummary {
  id: string;
  /** The rule's severity; for extract diagnostics, the worst severity seen. */
  severity: Severity;
  title: string;
  fixHint: string;
  /** `rule`: a lint rule; `extract`: a diagnostic of the pipeline, passed through. */
  origin: 'rule' | 'extract';
  count: number;
}

export interface LintReport {
  /** Methods linted. */
  methods: number;
  /** Rules and extract kinds with at least one finding, most findings first. */
  rules: RuleSummary[];
  findings: LintFinding[];
}

const RANK: Readonly<Record<Severity, number>> = { error: 2, warning: 1, info: 0 };

function compareFindings(a: LintFinding, b: LintFinding): number {
  return (
    compareCodeUnits(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareCodeUnits(a.rule, b.rule) ||
    compareCodeUnits(a.message, b.message)
  );
}

interface Origin {
  diagnostic: Diagnostic;
  method?: string;
}

/**
 * The lint report of an IR: every rule over every method, plus the pipeline's own diagnostics
 * (those a rule absorbs are shown under the rule, once per file and line).
 */
export interface LintOptions extends LintContext {
  rules?: readonly LintRule[];
  /** Diagnostics of later stages (emit's plan) to report with the IR's own. */
  extraDiagnostics?: readonly Diagnostic[];
}

export function lintIr(ir: IrDocument, options: LintOptions = {}): LintReport {
  const rules = options.rules ?? ALL_RULES;
  const context: LintContext = options.anchorsOf === undefined ? {} : { anchorsOf: options.anchorsOf };
  const findings: LintFinding[] = [];
  const taken = new Set<string>();
  const place = (rule: string, f: { file: string; line: number }): string => `${rule}\u0000${f.file}\u0000${f.line}`;
  for (const method of ir.methods) {
    for (const rule of rules) {
      for (const finding of rule.check(method, ir, context)) {
        findings.push(finding);
        taken.add(place(rule.id, finding));
      }
    }
  }

  const absorber = new Map<string, LintRule>();
  for (const rule of rules) for (const code of rule.absorbs ?? []) absorber.set(code, rule);
  const origins: Origin[] = [
    ...ir.diagnostics.map((diagnostic) => ({ diagnostic })),
    ...ir.methods.flatMap((method) => method.diagnostics.map((diagnostic) => ({ diagnostic, method: method.name }))),
    ...(options.extraDiagnostics ?? []).map((diagnostic) => ({ diagnostic })),
  ];
  const extractKinds = new Map<string, Severity>();
  for (const { diagnostic, method } of origins) {
    const rule = absorber.get(diagnostic.code);
    const id = rule?.id ?? diagnostic.code;
    // A rule and the pipeline often see the same row: one finding per place. A fragment's
    // diagnostic repeats for every page that includes it: one finding per place and message.
    if (rule !== undefined && taken.has(place(id, diagnostic))) continue;
    const key = `${place(id, diagnostic)}\u0000${diagnostic.message}`;
    if (taken.has(key)) continue;
    taken.add(key);
    taken.add(place(id, diagnostic));
    const finding: LintFinding = {
      rule: id,
      severity: rule?.severity ?? diagnostic.severity,
      file: diagnostic.file,
      line: diagnostic.line,
      column: diagnostic.column,
      message: diagnostic.message,
    };
    if (method !== undefined) finding.method = method;
    findings.push(finding);
    if (rule === undefined) {
      const seen = extractKinds.get(id);
      if (seen === undefined || RANK[diagnostic.severity] > RANK[seen]) extractKinds.set(id, diagnostic.severity);
    }
  }

  findings.sort(compareFindings);
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  const summaries: RuleSummary[] = [];
  for (const [id, count] of counts) {
    const rule = rules.find((r) => r.id === id);
    summaries.push(
      rule === undefined
        ? { id, severity: extractKinds.get(id) ?? 'warning', title: `reported while reading the docs (${id})`, fixHint: IR_DIAGNOSTIC_HINTS[id] ?? GENERIC_HINT, origin: 'extract', count }
        : { id, severity: rule.severity, title: rule.title, fixHint: rule.fixHint, origin: 'rule', count },
    );
  }
  summaries.sort((a, b) => b.count - a.count || compareCodeUnits(a.id, b.id));
  return { methods: ir.methods.length, rules: summaries, findings };
}

/** Whether the report has a finding at least as severe as `threshold`: `--fail-on`. */
export function failsAt(report: LintReport, threshold: Severity): boolean {
  return report.findings.some((finding) => RANK[finding.severity] >= RANK[threshold]);
}
