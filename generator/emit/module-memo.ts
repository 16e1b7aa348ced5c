import { contentHash } from '../content-hash.js';
import type { ModuleViews } from './module-views.js';
import type { PartInputs, PartKind, PartPrinter, PartRequest, PrintParts } from './parts.js';

/**
 * Printed parts kept between runs (the incremental cache provides one), by kind and input (see
 * `parts.ts`): a method's part of its module depends only on its `MethodPlan`, a module's head
 * on a few section facts, the client on a few facts of each method. After a one-page change only
 * that page's methods are printed again, and the modules are put together from here.
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

/**
 * The memo key of one kind of part printed from `input`, the kind and the input's hash (or
 * identity) side by side: a warm run keys some 5,000 parts, and hashing each pair again made
 * no better a key. Undefined when the input cannot be keyed.
 */
export function partKey(kind: string, input: object): string | undefined {
  let hash = inputHashes.get(input);
  if (hash === undefined) {
    const text = plainText(input);
    hash = text === null ? null : contentHash(text);
    inputHashes.set(input, hash);
  }
  if (hash === null) return undefined;
  return `${kind} ${hash}`;
}

/** One part a walk over the modules asks for: its memo key (none when its input is not plain data) and what to print. */
export interface AskedPart {
  key: string | undefined;
  request: PartRequest;
}

export function askPart<K extends PartKind>(kind: K, input: PartInputs[K]): AskedPart {
  return { key: partKey(kind, input), request: { kind, input } as PartRequest };
}

/** Parts asked for before the walk over the modules, by key: being printed (see `printAhead`). */
export type PartsAhead = ReadonlyMap<string, Promise<ModuleViews>>;

/**
 * Starts printing `asked` parts the memo lacks, before the walk over the modules asks for them:
 * a warm run's few new parts are then printed (in the print worker) while this thread lists
 * the thousands it keeps. A failure shows when the part is asked for.
 */
export function printAhead(memo: PrintedModuleMemo, asked: readonly AskedPart[], print: PrintParts): PartsAhead {
  const wanted = new Map<string, PartRequest>();
  for (const { key, request } of asked) if (key !== undefined && !wanted.has(key) && memo.get(key) === undefined) wanted.set(key, request);
  if (wanted.size === 0) return new Map();
  const printing = print([...wanted.values()]);
  // Handled here too: a part never asked for again must not leave a rejection unhandled.
  printing.catch(() => undefined);
  return new Map([...wanted.keys()].map((key, i) => [key, printing.then((views) => views[i] as ModuleViews)]));
}

/**
 * A part printer that hands out the `asked` parts: from the memo where it has them, from
 * `ahead` where they were asked for before, the rest printed by `print` in one batch first (all
 * kept in the memo). A part without a key is printed each run, and handed out in the order it
 * was asked for.
 */
export async function partsFromMemo(memo: PrintedModuleMemo, asked: readonly AskedPart[], print: PrintParts, ahead: PartsAhead = new Map()): Promise<PartPrinter> {
  const found = new Map<string, ModuleViews>();
  const missing = new Map<string, PartRequest>();
  const early = new Map<string, Promise<ModuleViews>>();
  const unkeyed: PartRequest[] = [];
  for (const { key, request } of asked) {
    if (key === undefined) unkeyed.push(request);
    else if (!found.has(key) && !missing.has(key) && !early.has(key)) {
      const kept = memo.get(key);
      const printing = ahead.get(key);
      if (kept !== undefined) found.set(key, kept);
      else if (printing !== undefined) early.set(key, printing);
      else missing.set(key, request);
    }
  }
  const printed = missing.size + unkeyed.length > 0 ? await print([...missing.values(), ...unkeyed]) : [];
  let i = 0;
  for (const key of missing.keys()) {
    const views = printed[i++] as ModuleViews;
    found.set(key, views);
    memo.keep(key, views);
  }
  for (const [key, printing] of early) {
    const views = await printing;
    found.set(key, views);
    memo.keep(key, views);
  }
  const unkeyedViews = printed.slice(missing.size);
  let next = 0;
  return (kind, input) => {
    const key = partKey(kind, input);
    const views = key === undefined ? unkeyedViews[next++] : found.get(key);
    if (views === undefined) throw new Error(`a ${kind} part was asked for that the first pass did not ask for`);
    return views;
  };
}
