export { lintIr, failsAt } from './run-lint.js';
export type { LintReport, RuleSummary } from './run-lint.js';
export type { LintFinding, LintRule } from './lint-types.js';
export { ALL_RULES } from './rules/index.js';
export { formatLintJson, formatLintMarkdown } from './format-report.js';
