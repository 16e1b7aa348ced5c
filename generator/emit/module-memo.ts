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
 * Writes `value` as text that differs whenever the value does; undefined when the value holds
 * anything but plain data (a Map, a class instance, a function), whose text could hide a change.
 */
function plainText(value: unknown, out: string[]): boolean {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') {
    out.push(String(value));
    return true;
  }
  if (value === undefined) {
    out.push('u');
    return true;
  }
  if (typeof value === 'string') {
    out.push(JSON.stringify(value));
    return true;
  }
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    out.push('[');
    for (const item of value) {
      if (!plainText(item, out)) return false;
      out.push(',');
    }
    out.push(']');
    return true;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  out.push('{');
  for (const key of Object.keys(value)) {
    out.push(JSON.stringify(key), ':');
    if (!plainText((value as Record<string, unknown>)[key], out)) return false;
    out.push(',');
  }
  out.push('}');
  return true;
}

/** The plain-data text of each section, made once for both of its modules. */
const sectionTexts = new WeakMap<SectionPlan, string | null>();

/** The memo key of one kind of module printed from `section`; undefined when the plan cannot be keyed. */
export function sectionModuleKey(kind: string, section: SectionPlan): string | undefined {
  let text = sectionTexts.get(section);
  if (text === undefined) {
    const out: string[] = [];
    text = plainText(section, out) ? out.join('') : null;
    sectionTexts.set(section, text);
  }
  if (text === null) return undefined;
  return createHash('sha256').update(`printed ${kind}\u0000`).update(text).digest('hex');
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
