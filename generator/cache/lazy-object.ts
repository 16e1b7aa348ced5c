/**
 * Objects read back from the cache that are parsed only as far as a run reads them: a warm run
 * sorts, files and counts every method and plan, but reads the bulk of only the few it redoes.
 */

/**
 * A cached text that no longer parses, found only when a lazy object is first read: the run
 * cannot go on with it (see `generateOnce`, which runs again without the cache).
 */
export class DamagedCacheError extends Error {
  constructor(reason: string) {
    super(`a cache record is damaged (${reason})`);
    this.name = 'DamagedCacheError';
  }
}

/** What a record keeps to build an object lazily: its keys in order, and the head fields' values. */
export interface ObjectShape {
  keys: string[];
  head: Record<string, unknown>;
}

/** The shape of `value` with `headFields` (those present) in its head. */
export function objectShape(value: object, headFields: readonly string[]): ObjectShape {
  const head: Record<string, unknown> = {};
  for (const field of headFields) if (Object.prototype.hasOwnProperty.call(value, field)) head[field] = (value as Record<string, unknown>)[field];
  return { keys: Object.keys(value), head };
}

/** Whether `value` (parsed from a record) is a shape. */
export function isObjectShape(value: unknown): value is ObjectShape {
  if (typeof value !== 'object' || value === null) return false;
  const { keys, head } = value as Partial<ObjectShape>;
  return Array.isArray(keys) && typeof head === 'object' && head !== null;
}

/**
 * An object equal to `JSON.parse(json)` (the same keys in the same order, the same values),
 * whose head fields are there at once and whose other fields are parsed from `json` the first
 * time any of them is read or written. `json` must be the object whose `shape` was taken; it
 * may be given as a function, called only then (the text itself need not be decoded before).
 * A text that does not parse then throws a `DamagedCacheError`.
 */
export function lazyObject<T extends object>(shape: ObjectShape, json: string | (() => string)): T {
  const value: Record<string, unknown> = {};
  let parsed = false;
  const materialize = (): void => {
    if (parsed) return;
    parsed = true;
    let full: Record<string, unknown>;
    try {
      full = JSON.parse(typeof json === 'string' ? json : json()) as Record<string, unknown>;
    } catch (error) {
      throw new DamagedCacheError(error instanceof Error ? error.message : String(error));
    }
    if (typeof full !== 'object' || full === null) throw new DamagedCacheError('not an object');
    for (const key of shape.keys) {
      if (Object.prototype.hasOwnProperty.call(shape.head, key)) continue;
      // Redefining a property keeps its place in the key order.
      Object.defineProperty(value, key, { value: full[key], writable: true, enumerable: true, configurable: true });
    }
  };
  for (const key of shape.keys) {
    if (Object.prototype.hasOwnProperty.call(shape.head, key)) {
      value[key] = shape.head[key];
      continue;
    }
    Object.defineProperty(value, key, {
      get() {
        materialize();
        return value[key];
      },
      set(next: unknown) {
        materialize();
        value[key] = next;
      },
      enumerable: true,
      configurable: true,
    });
  }
  return value as T;
}
