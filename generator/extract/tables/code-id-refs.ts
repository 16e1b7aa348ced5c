/**
 * `sale_status.id`: a reference to another structure's `id` is a number by the vocabulary's rule,
 * but some structures say their `id` is a character code ("Character identifier of the status",
 * type `string`): statuses are `N`, `DN`, … Such references carry that string. Only an `id` the
 * structure both types as `string` and describes as a character/symbolic code changes: many
 * structures type a numeric `id` as string, and those stay numbers.
 * Runs over the whole IR (the structure lives on another page).
 */
import type { Field, IrMethod, IrNamedType, TypeRef } from '../../ir/types.js';

const CODE_ID = /\b(?:character|symbolic|string|letter)\s+(?:identifier|id|code)\b/i;

/** Whether a structure's field is an id written as a character code. */
export function isCodeId(field: Field): boolean {
  return field.type.kind === 'scalar' && field.type.name === 'string' && CODE_ID.test(field.description);
}

/** `entity` + `link` → the structure the reference points into. */
function structureOf(ref: TypeRef, types: readonly IrNamedType[]): IrNamedType | undefined {
  const named = types.filter((t) => t.name === ref.name);
  if (ref.link === undefined) return named.length === 1 ? named[0] : undefined;
  const page = ref.link.split('#')[0] as string;
  const onPage = named.filter((t) => t.id.split('#')[0] === page);
  return onPage.length === 1 ? onPage[0] : undefined;
}

function retype(t: TypeRef, codeIds: (ref: TypeRef) => boolean): TypeRef {
  if (t.kind === 'ref' && t.refField !== undefined && codeIds(t)) {
    return { raw: t.raw, kind: 'scalar', name: 'string', ...(t.link === undefined ? {} : { link: t.link }) };
  }
  if (t.items !== undefined) {
    const items = retype(t.items, codeIds);
    return items === t.items ? t : { ...t, items };
  }
  if (t.members !== undefined) {
    const members = t.members.map((m) => retype(m, codeIds));
    return members.every((m, i) => m === t.members?.[i]) ? t : { ...t, members };
  }
  return t;
}

function retypeFields(fields: readonly Field[] | undefined, codeIds: (ref: TypeRef) => boolean): void {
  for (const f of fields ?? []) {
    f.type = retype(f.type, codeIds);
    retypeFields(f.fields, codeIds);
  }
}

function mentionsCodeId(t: TypeRef, codeIds: (ref: TypeRef) => boolean): boolean {
  if (t.kind === 'ref' && t.refField !== undefined) return codeIds(t);
  return (t.items !== undefined && mentionsCodeId(t.items, codeIds)) || (t.members ?? []).some((m) => mentionsCodeId(m, codeIds));
}

function anyField(fields: readonly Field[] | undefined, codeIds: (ref: TypeRef) => boolean): boolean {
  return (fields ?? []).some((f) => mentionsCodeId(f.type, codeIds) || anyField(f.fields, codeIds));
}

/**
 * The methods with references to character-code ids retyped in params and result; a method
 * with none is returned as is, the others as retyped copies (the input is not touched).
 * `onRead` hears of each structure a method's references lead to (the cache's dependencies).
 */
export function typeCodeIdRefs(methods: readonly IrMethod[], types: readonly IrNamedType[], onRead?: (method: IrMethod, typeId: string) => void): IrMethod[] {
  let current: IrMethod | undefined;
  const codeIds = (ref: TypeRef): boolean => {
    const target = structureOf(ref, types);
    if (target !== undefined && current !== undefined) onRead?.(current, target.id);
    const field = target?.fields.find((f) => f.name === ref.refField);
    return field !== undefined && isCodeId(field);
  };
  return methods.map((m) => {
    current = m;
    if (!anyField(m.params, codeIds) && !anyField(m.result, codeIds)) return m;
    const copy = structuredClone(m);
    retypeFields(copy.params, codeIds);
    retypeFields(copy.result, codeIds);
    return copy;
  });
}
