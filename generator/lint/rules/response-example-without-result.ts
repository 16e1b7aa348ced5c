import type { LintRule } from '../lint-types.js';
import { findingOf } from '../lint-types.js';

export const responseExampleWithoutResult: LintRule = {
  id: 'response-example-without-result',
  severity: 'warning',
  title: 'the response example is not a REST answer: it has no "result" key',
  fixHint: 'show the whole JSON answer, with the data under "result" (and "time")',
  check(method) {
    const response = method.examples.response;
    if (response === undefined) return [];
    if (response !== null && typeof response === 'object' && !Array.isArray(response) && 'result' in response) return [];
    return [findingOf(this, method, method.examples.responsePosition, 'the response example has no top-level "result" key')];
  },
};
