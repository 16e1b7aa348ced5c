/**
 * The one mechanism behind the whole-IR steps that give an undocumented `filter` its keys from
 * something its description links (a shared structure, an entity's `*.fields` method): which
 * filters are open, and how the keys the link yields are put on them (the key families with
 * them, the operators the description lists). Methods that change are copied; the input is not
 * touched (cached pages are shared).
 */
import type { Field, IrMethod, KeyPattern } from '../../ir/types.js';
import { parseKeyPrefixes } from './filter-prefixes.js';

/** The keys a link gives a filter. */
export interface FilterKeys {
  fields: Field[];
  keyPatterns?: KeyPattern[];
}

const FILTER_NAME = /^filter$/i;

/** A `filter` param typed as an object without documented keys or key families. */
function isOpenFilter(param: Field): boolean {
  return FILTER_NAME.test(param.name) && param.type.kind === 'object' && (param.fields?.length ?? 0) === 0 && (param.keyPatterns?.length ?? 0) === 0;
}

/**
 * `methods` with each open filter for which `keysOf` finds keys typed by them. `refine` then
 * sees the typed filter, a copy of its own (aliases included), with its method.
 */
export function typeOpenFilters(
  methods: readonly IrMethod[],
  keysOf: (filter: Field, method: IrMethod) => FilterKeys | undefined,
  refine?: (typed: Field, method: IrMethod) => void,
): IrMethod[] {
  return methods.map((method) => {
    let changed = false;
    const params = method.params.map((param) => {
      if (!isOpenFilter(param)) return param;
      const keys = keysOf(param, method);
      if (keys === undefined) return param;
      changed = true;
      const typed: Field = { ...param, ...(param.aliases === undefined ? {} : { aliases: [...param.aliases] }), fields: keys.fields };
      if (keys.keyPatterns !== undefined && keys.keyPatterns.length > 0) typed.keyPatterns = keys.keyPatterns;
      const prefixes = parseKeyPrefixes(param.description);
      if (prefixes.length > 0) typed.keyPrefixes = prefixes;
      refine?.(typed, method);
      return typed;
    });
    return changed ? { ...method, params } : method;
  });
}
