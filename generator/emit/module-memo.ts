import { createHash } from 'node:crypto';
import type { ModuleViews } from './module-views.js';
import type { MethodPlan } from './plan.js';

/**
 * Printed parts of section modules kept between runs (the incremental cache provides one). A
 * method's part of a module depends only on its `MethodPlan`, so after a one-page change only
 * that page's methods are printed again; the rest of their section is put together from here.
 */
export interface PrintedModuleMemo {
  get(key: string): ModuleViews | undefined;
  keep(key: string, views: ModuleViews): void;
}

/**
 * `value` as text that differs whenever the value does (`undefined` too, unlike JSON); null
 * when the value holds anything but plain data (a Map, a class instance, a function), whose
 * text could hide a change. Built by concatenation: a plan is megabytes of small values, and
 * one string per value pushed to an array and joined took twice as long.
 */
function plainText(value: unknown): string | null {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === undefined) return 'u';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    let text = '[';
    for (const item of value) {
      const part = plainText(item);
      if (part === null) return null;
      text += `${part},`;
    }
    return `${text}]`;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return null;
  let text = '{';
  for (const key of Object.keys(value)) {
    const part = plainText((value as Record<string, unknown>)[key]);
    if (part === null) return null;
    text += `${JSON.stringify(key)}:${part},`;
  }
  return `${text}}`;
}

/** The hash of each method's plain-data text, made once for all of its parts. */
const methodHashes = new WeakMap<MethodPlan, string | null>();

/** The memo key of one kind of part printed from `method`; undefined when the plan cannot be keyed. */
export function methodPartKey(kind: string, method: MethodPlan): string | undefined {
  let hash = methodHashes.get(method);
  if (hash === undefined) {
    const text = plainText(method);
    hash = text === null ? null : createHash('sha256').update(text).digest('hex');
    methodHashes.set(method, hash);
  }
  if (hash === null) return undefined;
  return createHash('sha256').update(`printed ${kind}\u0000${hash}`).digest('hex');
}

/** `print(method)`, or the part printed for an equal plan by an earlier run. */
export function printMethodPart(memo: PrintedModuleMemo | undefined, kind: string, method: MethodPlan, print: (m: MethodPlan) => ModuleViews): ModuleViews {
  const key = memo === undefined ? undefined : methodPartKey(kind, method);
  if (memo === undefined || key === undefined) return print(method);
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const views = print(method);
  memo.keep(key, views);
  return views;
}
