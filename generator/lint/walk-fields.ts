import type { Field, IrMethod, TypeRef } from '../ir/types.js';

export interface FieldVisit {
  field: Field;
  /** Dotted path from the top-level list: `fields.groupId`. */
  path: string;
  /** Which list of the method it is in. */
  list: 'params' | 'result' | 'responseExtras';
}

function walk(fields: readonly Field[] | undefined, prefix: string, list: FieldVisit['list'], out: FieldVisit[]): void {
  for (const field of fields ?? []) {
    const path = prefix === '' ? field.name : `${prefix}.${field.name}`;
    out.push({ field, path, list });
    walk(field.fields, path, list, out);
  }
}

/** Every documented field of a method (params, result, response extras), nested ones included, in page order. */
export function methodFields(method: IrMethod): FieldVisit[] {
  const out: FieldVisit[] = [];
  walk(method.params, '', 'params', out);
  walk(method.result, '', 'result', out);
  walk(method.responseExtras, '', 'responseExtras', out);
  return out;
}

/** A type and every type inside it (array items, union members). */
export function typeParts(type: TypeRef): TypeRef[] {
  const out: TypeRef[] = [type];
  if (type.items) out.push(...typeParts(type.items));
  for (const member of type.members ?? []) out.push(...typeParts(member));
  return out;
}
