import type { LintRule } from '../lint-types.js';
import { findingOf } from '../lint-types.js';
import { compareExample } from '../example-keys.js';
import { requestAsNamed } from '../../ir/positional-example.js';

export const requestExampleKeyCase: LintRule = {
  id: 'request-example-key-case',
  severity: 'warning',
  title: 'the request example spells a documented key with different letter case',
  fixHint: 'use the same letter case in the example and the parameter table (typed clients are case-sensitive)',
  check(method) {
    const { caseMismatch } = compareExample(requestAsNamed(method, method.examples.request), method.params, method.keyPatterns);
    return caseMismatch.map(({ parent, key, documented }) =>
      findingOf(this, method, method.examples.requestPosition, `request example key "${key}"${parent === '' ? '' : ` in "${parent}"`} is documented as "${documented}"`),
    );
  },
};
