import type { LintRule } from '../lint-types.js';
import { findingOf } from '../lint-types.js';
import { compareExample } from '../example-keys.js';
import { requestAsNamed } from '../../ir/positional-example.js';

export const requestExampleMissingRequired: LintRule = {
  id: 'request-example-missing-required',
  severity: 'warning',
  title: 'the request example leaves out a parameter marked required',
  fixHint: 'add the parameter to the example, or drop the required mark if the method works without it',
  check(method) {
    const { missingRequired } = compareExample(requestAsNamed(method, method.examples.request), method.params, method.keyPatterns);
    return missingRequired.map(({ parent, name }) =>
      findingOf(this, method, method.examples.requestPosition, `required parameter "${name}"${parent === '' ? '' : ` of "${parent}"`} is missing from the request example`),
    );
  },
};
