import type { IrDocument, IrMethod, Severity, SourcePosition } from '../ir/types.js';
import type { PageAnchors } from './page-anchors.js';

/** One thing the docs get wrong or leave ambiguous, at a place in a docs file. */
export interface LintFinding extends SourcePosition {
  /** The rule id, or the IR diagnostic's code for findings of the extract stage. */
  rule: string;
  severity: Severity;
  /** The method the finding is about, when there is one. */
  method?: string;
  message: string;
}

/** What rules may know beyond the IR. */
export interface LintContext {
  /** The anchors of a docs page, when the docs tree is at hand. */
  anchorsOf?: PageAnchors;
}

export interface LintRule {
  /** Stable kebab-case id, shown in reports and usable in CI filters. */
  id: string;
  severity: Severity;
  /** One line: what the rule finds. */
  title: string;
  /** One line: how a docs maintainer fixes a finding. */
  fixHint: string;
  /**
   * IR diagnostic codes that report the same problem while extracting: they are shown as
   * findings of this rule, once per place, instead of under their own code.
   */
  absorbs?: readonly string[];
  check(method: IrMethod, ir: IrDocument, context: LintContext): LintFinding[];
}

/** A finding of `rule` about `method`, at `position` or else at the top of the method's page. */
export function findingOf(rule: Pick<LintRule, 'id' | 'severity'>, method: IrMethod, position: SourcePosition | undefined, message: string): LintFinding {
  const at = position ?? { file: method.source, line: 1, column: 1 };
  return { rule: rule.id, severity: rule.severity, file: at.file, line: at.line, column: at.column, method: method.name, message };
}
