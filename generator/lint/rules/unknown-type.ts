import type { LintRule } from '../lint-types.js';
import { findingOf } from '../lint-types.js';
import { methodFields, typeParts } from '../walk-fields.js';

export const unknownType: LintRule = {
  id: 'unknown-type',
  severity: 'warning',
  title: 'a type cell names a type that is neither a known scalar nor a linked structure',
  fixHint: 'use a type from the data types page, or link the type name to the table that describes it',
  absorbs: ['unknown-type-token'],
  check(method) {
    return methodFields(method).flatMap(({ field, path }) =>
      typeParts(field.type)
        .filter((part) => part.kind === 'unknown' && part.raw.trim() !== '')
        .map((part) => findingOf(this, method, field.position, `unknown type "${part.raw}" for "${path}"`)),
    );
  },
};
