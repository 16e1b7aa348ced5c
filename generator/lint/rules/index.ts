import type { LintRule } from '../lint-types.js';
import { brokenAnchor } from './broken-anchor.js';
import { duplicateParam } from './duplicate-param.js';
import { missingErrorTable } from './missing-error-table.js';
import { missingType } from './missing-type.js';
import { requestExampleKeyCase } from './request-example-key-case.js';
import { requestExampleMissingRequired } from './request-example-missing-required.js';
import { requestExampleUnknownKey } from './request-example-unknown-key.js';
import { responseExampleWithoutResult } from './response-example-without-result.js';
import { unknownType } from './unknown-type.js';

/**
 * Every rule. Not here: "required marks on a page without the required-parameters note" —
 * the IR does not record whether a page includes that note.
 */
export const ALL_RULES: readonly LintRule[] = [
  requestExampleUnknownKey,
  requestExampleKeyCase,
  requestExampleMissingRequired,
  missingType,
  unknownType,
  brokenAnchor,
  duplicateParam,
  missingErrorTable,
  responseExampleWithoutResult,
];
