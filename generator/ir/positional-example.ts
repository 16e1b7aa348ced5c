import type { Field, IrMethod } from './types.js';

/**
 * The params of a by-position method in the order the portal reads them: the documented order,
 * without `auth` (the OAuth token, which some of these pages list first but the REST server
 * takes for itself before the method sees its params).
 */
export function positionalOrder(params: readonly Field[]): string[] {
  return params.map((p) => p.name).filter((name) => name.toLowerCase() !== 'auth');
}

/**
 * A request example of a method that reads its params by position (`IrMethod.paramsByPosition`),
 * keyed by the documented names: the portal ignores the example's own keys and takes the values
 * in order, so `{"fields": {…}}` on `task.item.add` is its first param, `TASKDATA`. Undefined
 * when the example is not an object or a list, or holds more values than the method has params.
 */
export function namedByPosition(example: unknown, names: readonly string[]): Record<string, unknown> | undefined {
  if (example === null || typeof example !== 'object') return undefined;
  const values = Array.isArray(example) ? (example as unknown[]) : Object.values(example);
  if (values.length > names.length) return undefined;
  const out: Record<string, unknown> = {};
  values.forEach((value, i) => {
    // defineProperty: a param named `__proto__` stays an own key.
    Object.defineProperty(out, names[i] as string, { value, enumerable: true, writable: true, configurable: true });
  });
  return out;
}

/**
 * A request example as a caller writes it, keyed by the documented names: itself, or for a method
 * that reads its params by position, its values named in order (when they can be).
 */
export function requestAsNamed(method: Pick<IrMethod, 'params' | 'paramsByPosition'>, example: unknown): unknown {
  if (method.paramsByPosition !== true) return example;
  return namedByPosition(example, positionalOrder(method.params)) ?? example;
}
