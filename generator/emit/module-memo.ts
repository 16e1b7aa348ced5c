import { createHash } from 'node:crypto';
import type { SectionPlan } from './plan.js';

/**
 * Printed section modules kept between runs (the incremental cache provides one). A section
 * module's text depends only on its `SectionPlan`, so a section whose plan did not change is
 * not printed again: printing every section with ts-morph was most of a warm run.
 */
export interface PrintedModuleMemo {
  get(key: string): string | undefined;
  keep(key: string, text: string): void;
}

/**
 * `value` as text that differs whenever the value does (`undefined` too, unlike JSON); null
 * when the value holds anything but plain data (a Map, a class instance, a function), whose
 * text could hide a change. Built by concatenation: a section's plan is megabytes of small
 * values, and one string per value pushed to an array and joined took twice as long.
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

/** The hash of each section's plain-data text, made once for both of its modules. */
const sectionHashes = new WeakMap<SectionPlan, string | null>();

/** The memo key of one kind of module printed from `section`; undefined when the plan cannot be keyed. */
export function sectionModuleKey(kind: string, section: SectionPlan): string | undefined {
  let hash = sectionHashes.get(section);
  if (hash === undefined) {
    const text = plainText(section);
    hash = text === null ? null : createHash('sha256').update(text).digest('hex');
    sectionHashes.set(section, hash);
  }
  if (hash === null) return undefined;
  return createHash('sha256').update(`printed ${kind}\u0000${hash}`).digest('hex');
}

/** `print(section)`, or the text printed for an equal plan by an earlier run. */
export function printSectionModule(memo: PrintedModuleMemo | undefined, kind: string, section: SectionPlan, print: (s: SectionPlan) => string): string {
  const key = memo === undefined ? undefined : sectionModuleKey(kind, section);
  if (memo === undefined || key === undefined) return print(section);
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const text = print(section);
  memo.keep(key, text);
  return text;
}
