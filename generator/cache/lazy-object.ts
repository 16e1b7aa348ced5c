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

/** What a lazy object keeps until it is parsed: under a symbol, so no listing or copy of it shows it. */
const PENDING = Symbol('lazy object text');

interface Pending {
  shape: ObjectShape;
  json: string | (() => string);
}

type LazyHolder = Record<string | symbol, unknown> & { [PENDING]?: Pending };

/** Parses a lazy object's text into its own fields, once (the accessors become plain fields). */
function materialize(value: LazyHolder): void {
  const pending = value[PENDING];
  if (pending === undefined) return;
  let full: Record<string, unknown>;
  try {
    full = JSON.parse(typeof pending.json === 'string' ? pending.json : pending.json()) as Record<string, unknown>;
  } catch (error) {
    throw new DamagedCacheError(error instanceof Error ? error.message : String(error));
  }
  if (typeof full !== 'object' || full === null) throw new DamagedCacheError('not an object');
  // Only once parsed: a damaged text throws again on the next read, as on the first.
  delete value[PENDING];
  for (const key of pending.shape.keys) {
    if (Object.prototype.hasOwnProperty.call(pending.shape.head, key)) continue;
    // Redefining a property keeps its place in the key order.
    Object.defineProperty(value, key, { value: full[key], writable: true, enumerable: true, configurable: true });
  }
}

/**
 * The accessor of one field name, the same functions for every lazy object: objects made from
 * the same shape then share their hidden class. (A closure per field and object gave each of
 * some 3,300 objects a warm run revives a class of its own, and the garbage collector some
 * 130,000 closures to copy.)
 */
const accessors = new Map<string, PropertyDescriptor>();

function accessorOf(key: string): PropertyDescriptor {
  let accessor = accessors.get(key);
  if (accessor === undefined) {
    accessor = {
      get(this: LazyHolder): unknown {
        materialize(this);
        return this[key];
      },
      set(this: LazyHolder, next: unknown): void {
        materialize(this);
        this[key] = next;
      },
      enumerable: true,
      configurable: true,
    };
    accessors.set(key, accessor);
  }
  return accessor;
}

/**
 * An object equal to `JSON.parse(json)` (the same keys in the same order, the same values),
 * whose head fields are there at once and whose other fields are parsed from `json` the first
 * time any of them is read or written. `json` must be the object whose `shape` was taken; it
 * may be given as a function, called only then (the text itself need not be decoded before).
 * A text that does not parse then throws a `DamagedCacheError`.
 */
export function lazyObject<T extends object>(shape: ObjectShape, json: string | (() => string)): T {
  const value: LazyHolder = {};
  let lazy = false;
  for (const key of shape.keys) {
    if (Object.prototype.hasOwnProperty.call(shape.head, key)) value[key] = shape.head[key];
    else {
      Object.defineProperty(value, key, accessorOf(key));
      lazy = true;
    }
  }
  if (lazy) Object.defineProperty(value, PENDING, { value: { shape, json }, writable: false, enumerable: false, configurable: true });
  return value as T;
}
