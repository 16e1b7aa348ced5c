export { diffIr, compareChanges } from './diff-ir.js';
export { renderDiffMarkdown } from './render-markdown.js';
export { renderDiffJson } from './render-json.js';
export { renderChangelogEntry } from './changelog.js';
export { nextVersion, suggestBump, isSemver } from './semver.js';
export { CLASSIFICATION, IMPACT_ORDER } from './change.js';
export type { ApiChange, ApiDiff, ChangeImpact, ChangeKind, ChangeLocation, DiffSummary, DocsDetail, SemverBump } from './change.js';
