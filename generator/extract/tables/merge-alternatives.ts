/**
 * One field for a name that several tables under the same parent give. Such tables are
 * alternatives (the tabs of `SETTINGS` on `crm.*.userfield.add`, one per user-field type: the
 * boolean tab's `DISPLAY` takes `CHECKBOX`/`RADIO`/`DROPDOWN`, the list tab's `LIST`/`UI`/…), so
 * the key takes what any of them allows: enum values pooled, other types in a union, required
 * only where every table requires it (else required under a condition), nested keys merged alike.
 * The first table's description and position stay.
 */
import type { Field, TypeRef } from '../../ir/types.js';

/** The type's identity, without where the docs link it. */
function typeIdentity(t: TypeRef): string {
  return JSON.stringify([t.kind, t.name ?? '', t.refField ?? '', t.typeId ?? '', t.values ?? null, t.items ? typeIdentity(t.items) : '', (t.members ?? []).map(typeIdentity)]);
}

function membersOf(t: TypeRef): TypeRef[] {
  return t.kind === 'union' && t.members !== undefined ? t.members : [t];
}

export function unionOfAlternatives(a: TypeRef, b: TypeRef): TypeRef {
  if (typeIdentity(a) === typeIdentity(b)) return a;
  // A table that gives no type says nothing against the other's.
  if (a.kind === 'unknown') return b;
  if (b.kind === 'unknown') return a;
  // The values one table lists for a token that the other leaves open: open.
  if (a.kind === 'enum' && b.kind === 'scalar' && a.name === b.name) return b;
  if (b.kind === 'enum' && a.kind === 'scalar' && a.name === b.name) return a;
  if (a.kind === 'enum' && b.kind === 'enum' && a.name === b.name) {
    // An enum without listed values takes any value: pooling keeps it open.
    if (a.values === undefined) return a;
    if (b.values === undefined) return b;
    return { ...a, values: [...new Set([...a.values, ...b.values])] };
  }
  const members: TypeRef[] = [];
  for (const m of [...membersOf(a), ...membersOf(b)]) if (!members.some((x) => typeIdentity(x) === typeIdentity(m))) members.push(m);
  return { raw: members.map((m) => m.raw).join(' | '), kind: 'union', members };
}

/** Merges `other` into `into` (same name, another table), in place. */
function mergeAlternativeField(into: Field, other: Field): void {
  if (into.required !== other.required) {
    into.required = false;
    into.requiredMark = 'conditional';
  } else if (other.requiredMark === 'conditional' && into.requiredMark !== 'conditional') {
    into.requiredMark = 'conditional';
  }
  into.type = unionOfAlternatives(into.type, other.type);
  if (other.fields !== undefined) into.fields = mergeFieldLists(into.fields ?? [], other.fields);
}

/** `fields` with each of `more` merged into its namesake, or appended. */
export function mergeFieldLists(fields: Field[], more: readonly Field[]): Field[] {
  for (const f of more) {
    const same = fields.find((x) => x.name === f.name);
    if (same === undefined) fields.push(f);
    else if (same !== f) mergeAlternativeField(same, f);
  }
  return fields;
}
