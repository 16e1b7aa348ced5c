/** Example conformance: the docs' examples against the generated package, checked by the TypeScript compiler. */
export { checkConformance, formatRate, CONFORMANCE_FILE } from './check-conformance.js';
export type { ConformanceOptions, ConformanceReport, ExampleFailure, KindRate } from './check-conformance.js';
export { buildConformanceSource, tsLiteral } from './conformance-source.js';
export type { ConformanceEntry, ConformanceSource, ExampleKind, SkippedExample } from './conformance-source.js';
export { classifyFailure, parseExamplePath, CAUSES } from './failure-cause.js';
export type { CauseId, CauseInfo, CauseSide } from './failure-cause.js';
export { buildCauseReport, formatCauseReport, formatCauseReportJson } from './cause-report.js';
export type { CauseGroup, CauseMismatch, CauseReport } from './cause-report.js';
