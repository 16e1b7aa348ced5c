import type { LintRule } from '../lint-types.js';
import { findingOf } from '../lint-types.js';

export const missingErrorTable: LintRule = {
  id: 'missing-error-table',
  severity: 'warning',
  title: 'the method documents no errors of its own',
  fixHint: 'add an error table (code, message, description) under the error-handling heading',
  check(method) {
    return method.errors.length > 0 ? [] : [findingOf(this, method, undefined, `${method.name} has no error table`)];
  },
};
