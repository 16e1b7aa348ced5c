import type { LintRule } from '../lint-types.js';
import { findingOf } from '../lint-types.js';
import { methodFields } from '../walk-fields.js';

export const missingType: LintRule = {
  id: 'missing-type',
  severity: 'warning',
  title: 'a parameter or field has no type',
  fixHint: 'fill in the type cell (integer, string, boolean, object, a linked type…)',
  absorbs: ['missing-type'],
  check(method) {
    return methodFields(method)
      .filter(({ field }) => field.type.kind === 'unknown' && field.type.raw.trim() === '')
      .map(({ field, path, list }) => findingOf(this, method, field.position, `no type given for ${list === 'params' ? 'parameter' : 'field'} "${path}"`));
  },
};
