import picomatch from 'picomatch';
import type { IrDocument } from '../ir/types.js';

export interface MethodFilterOptions {
  include?: readonly string[];
  exclude?: readonly string[];
}

/** What a method is matched on: its wire name (`crm.deal.add`) and its page (`api-reference/crm/…/crm-deal-add.md`). */
export interface MethodIdentity {
  name: string;
  source: string;
}

export type MethodFilter = (method: MethodIdentity) => boolean;

function matcher(patterns: readonly string[]): (text: string) => boolean {
  // `dot` so that `*` also matches names starting with a dot; `*` never crosses `/`, `**` does.
  const match = picomatch([...patterns], { dot: true });
  return (text) => match(text);
}

/**
 * Keeps a method when some include glob matches its name or its docs path (or there are no
 * include globs) and no exclude glob matches either of them.
 */
export function createMethodFilter(options: MethodFilterOptions): MethodFilter {
  const include = options.include !== undefined && options.include.length > 0 ? matcher(options.include) : undefined;
  const exclude = options.exclude !== undefined && options.exclude.length > 0 ? matcher(options.exclude) : undefined;
  return (method) => {
    if (include !== undefined && !include(method.name) && !include(method.source)) return false;
    if (exclude !== undefined && (exclude(method.name) || exclude(method.source))) return false;
    return true;
  };
}

/**
 * The IR restricted to the kept methods. Everything else (shared types, system errors, page
 * list) stays: kept methods may refer to types documented on pages whose methods were dropped.
 */
export function filterIrMethods(ir: IrDocument, keep: MethodFilter): IrDocument {
  const methods = ir.methods.filter(keep);
  if (methods.length === ir.methods.length) return ir;
  return { ...ir, methods };
}
