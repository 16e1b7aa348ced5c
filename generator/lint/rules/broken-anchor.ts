import type { LintRule } from '../lint-types.js';
import { findingOf } from '../lint-types.js';
import { methodFields, typeParts } from '../walk-fields.js';

/**
 * A type link to an anchor on the method's own page should lead to the table that describes
 * the type. When no field keys were nested from it and no shared type has that id, the anchor
 * names no table on the page: it is missing, misspelled, or sits over prose only.
 */
export const brokenAnchor: LintRule = {
  id: 'broken-anchor',
  severity: 'warning',
  title: 'a type links to an in-page anchor that leads to no table',
  fixHint: 'give the heading of the type\'s table the linked {#anchor}, or fix the link\'s anchor',
  check(method, ir) {
    const typeIds = new Set(ir.types.map((type) => type.id));
    const own = `${method.source}#`;
    return methodFields(method).flatMap(({ field, path }) => {
      if (field.fields !== undefined && field.fields.length > 0) return [];
      return typeParts(field.type)
        .filter((part) => part.link !== undefined && part.link.startsWith(own) && part.typeId === undefined && !typeIds.has(part.link))
        .map((part) => findingOf(this, method, field.position, `type of "${path}" links to #${(part.link ?? '').slice(own.length)}, which names no table on the page`));
    });
  },
};
