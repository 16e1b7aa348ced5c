import type { LintRule } from '../lint-types.js';
import { findingOf } from '../lint-types.js';
import { compareExample } from '../example-keys.js';
import { requestAsNamed } from '../../ir/positional-example.js';

export const requestExampleUnknownKey: LintRule = {
  id: 'request-example-unknown-key',
  severity: 'warning',
  title: 'the request example sends a key that no parameter table documents',
  fixHint: 'document the key in the parameter table, or correct or remove it in the example',
  check(method) {
    const { unknown } = compareExample(requestAsNamed(method, method.examples.request), method.params, method.keyPatterns);
    return unknown.map(({ parent, key }) =>
      findingOf(this, method, method.examples.requestPosition, `request example key "${key}"${parent === '' ? '' : ` in "${parent}"`} is not a documented parameter`),
    );
  },
};
