import type { Field, IrMethod, TypeRef } from './types.js';

const memo = new WeakMap<IrMethod, readonly TypeRef[]>();

/** A method's list as a record keeps it: its JSON text, and how to read it (called at most once). */
export interface RecordedRefTypes {
  text: string;
  parse(): readonly TypeRef[];
}

const recorded = new WeakMap<IrMethod, RecordedRefTypes>();

/**
 * The references (`kind: 'ref'`: `user`, `crm_status`) among a method's param and result types,
 * in the order a depth-first walk meets them: params, then result fields, then the result type;
 * each field's type (its items and members) before its sub-fields. The planner turns them into
 * the package's reference aliases. Made once per method object; a method read back from the
 * cache comes with its list (`knownMethodRefTypes`), so a warm run does not walk it.
 */
export function methodRefTypes(method: IrMethod): readonly TypeRef[] {
  let refs = memo.get(method);
  if (refs === undefined) {
    refs = recorded.get(method)?.parse() ?? refTypesIn([method.params, method.result], [method.resultType]);
    memo.set(method, refs);
  }
  return refs;
}

/**
 * `methodRefTypes` as JSON: for a method read back from the cache, the text it was recorded as,
 * not even parsed (a warm run keys the shared declarations by every method's list, and plans
 * them only when that key is new).
 */
export function methodRefTypesText(method: IrMethod): string {
  return recorded.get(method)?.text ?? JSON.stringify(methodRefTypes(method));
}

/** The references among the types of `fieldLists` (each field's type before its sub-fields), then of `types`, depth first. */
export function refTypesIn(fieldLists: ReadonlyArray<readonly Field[] | undefined>, types: ReadonlyArray<TypeRef | undefined>): TypeRef[] {
  const found: TypeRef[] = [];
  const visit = (type: TypeRef | undefined): void => {
    if (type === undefined) return;
    if (type.kind === 'ref') found.push(type);
    visit(type.items);
    for (const member of type.members ?? []) visit(member);
  };
  const visitFields = (fields: readonly Field[] | undefined): void => {
    for (const field of fields ?? []) {
      visit(field.type);
      visitFields(field.fields);
    }
  };
  fieldLists.forEach(visitFields);
  types.forEach(visit);
  return found;
}

/** Tells the references of a method read back from the cache, as recorded when it was written (`JSON.stringify` of the list). */
export function knownMethodRefTypes(method: IrMethod, refs: RecordedRefTypes): void {
  recorded.set(method, refs);
}
