import { createHash } from 'node:crypto';
import type { ModuleViews } from './module-views.js';

/**
 * Printed parts of section modules kept between runs (the incremental cache provides one). A
 * method's part of a module depends only on its `MethodPlan`, and a module's head (imports) only
 * on a few section facts, so after a one-page change only that page's methods are printed again;
 * their sections are put together from here.
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

/** The hash of each input's plain-data text, made once for all the kinds of part printed from it. */
const inputHashes = new WeakMap<object, string | null>();

/**
 * Names `input` by an identity that stands for its content (the planner's, for a method plan
 * it memoised), so that its part keys need no walk through it. The planner vouches that equal
 * identities mean equal content.
 */
export function identifyPart(input: object, identity: string): void {
  inputHashes.set(input, `identity ${identity}`);
}

/** The memo key of one kind of part printed from `input`; undefined when the input cannot be keyed. */
export function partKey(kind: string, input: object): string | undefined {
  let hash = inputHashes.get(input);
  if (hash === undefined) {
    const text = plainText(input);
    hash = text === null ? null : createHash('sha256').update(text).digest('hex');
    inputHashes.set(input, hash);
  }
  if (hash === null) return undefined;
  return createHash('sha256').update(`printed ${kind}\u0000${hash}`).digest('hex');
}

/** Prints one part of a module from plain data, or takes it from a memo. */
export type PartPrinter = <T extends object>(kind: string, input: T, print: (input: T) => ModuleViews) => ModuleViews;

/** Prints every part: no memo. */
export const printEveryPart: PartPrinter = (_kind, input, print) => print(input);

/** A printer that takes each part printed from equal input by an earlier run from `memo`, and keeps new ones there. */
export function memoizedParts(memo: PrintedModuleMemo): PartPrinter {
  return (kind, input, print) => {
    const key = partKey(kind, input);
    if (key === undefined) return print(input);
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const views = print(input);
    memo.keep(key, views);
    return views;
  };
}
