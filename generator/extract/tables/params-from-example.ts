/**
 * A page without a parameter table whose examples send params (`crm.measure.list` with
 * `order`, `filter`): the examples are then the only documentation of them. The params are
 * the keys the examples send, all optional, typed by the values shown (nested objects stay
 * open), and an info diagnostic says where they came from. Keys no example sends are still
 * refused, as on any other page.
 */
import type { Diagnostic, ExampleBody, Field, SourcePosition } from '../../ir/types.js';
import { inferType, isPlainObject } from './example-refine.js';

export function paramsFromExamples(request: unknown, at: SourcePosition | undefined, more: readonly ExampleBody[], diagnostics: Diagnostic[]): Field[] {
  const bodies = [{ value: request, position: at }, ...more];
  const params: Field[] = [];
  for (const body of bodies) {
    if (!isPlainObject(body.value)) continue;
    for (const [name, value] of Object.entries(body.value)) {
      if (params.some((p) => p.name === name) || value === null || value === undefined) continue;
      params.push({ name, required: false, requiredMark: 'optional', type: inferType(value), description: 'Shown in the example; the page has no parameter table.' });
    }
  }
  if (params.length > 0 && at !== undefined) {
    diagnostics.push({
      ...at,
      severity: 'info',
      code: 'params-from-example',
      message: `the page has no parameter table; ${params.map((p) => `"${p.name}"`).join(', ')} typed from the example`,
    });
  }
  return params;
}
