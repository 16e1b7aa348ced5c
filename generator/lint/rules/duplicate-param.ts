import type { Field } from '../../ir/types.js';
import type { LintFinding, LintRule } from '../lint-types.js';
import { findingOf } from '../lint-types.js';

export const duplicateParam: LintRule = {
  id: 'duplicate-param',
  severity: 'warning',
  title: 'one table lists a parameter or field twice (or twice with different letter case)',
  fixHint: 'keep one row per key; merge the descriptions',
  absorbs: ['duplicate-field'],
  check(method) {
    const out: LintFinding[] = [];
    const visit = (fields: readonly Field[] | undefined, parent: string): void => {
      const seen = new Map<string, Field>();
      for (const field of fields ?? []) {
        for (const name of [field.name, ...(field.aliases ?? [])]) {
          const first = seen.get(name.toLowerCase());
          if (first === undefined) {
            seen.set(name.toLowerCase(), field);
            continue;
          }
          if (first === field) continue;
          const where = parent === '' ? '' : ` in "${parent}"`;
          const message = first.name === name ? `"${name}" is listed twice${where}` : `"${name}" and "${first.name}" differ only in letter case${where}`;
          out.push(findingOf(this, method, field.position, message));
        }
        visit(field.fields, parent === '' ? field.name : `${parent}.${field.name}`);
      }
    };
    visit(method.params, '');
    visit(method.result, '');
    visit(method.responseExtras, '');
    return out;
  },
};
