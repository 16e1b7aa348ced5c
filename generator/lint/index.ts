export { lintIr, failsAt } from './run-lint.js';
export type { LintReport, RuleSummary } from './run-lint.js';
export type { LintFinding, LintRule } from './lint-types.js';
export { ALL_RULES } from './rules/index.js';
export { formatLintJson, formatLintMarkdown } from './format-report.js';
export { createPageAnchors, anchorsOfTree } from './page-anchors.js';
export type { PageAnchors } from './page-anchors.js';
export type { LintContext } from './lint-types.js';
export type { LintOptions } from './run-lint.js';
