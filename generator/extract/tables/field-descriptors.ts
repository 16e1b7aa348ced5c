/**
 * `*.fields` / `*.getFields` methods answer with a map: field name → the field's descriptor
 * (`type`, `isRequired`, `isReadOnly`, …). Many of their pages document the entity's fields
 * (`ID` integer, `TITLE` string) instead, so a typed result would expect the entity's values.
 * When the page's own response example shows descriptors under those names, each documented
 * field becomes a reference to the section's documented descriptor structure (crm), or, in
 * sections that document none (disk, tasks), an object of the keys every shown descriptor
 * carries (`TYPE`, `USE_IN_FILTER`, `USE_IN_SHOW`); pages whose example shows plain values keep
 * their table.
 */
import type { Field, TypeRef } from '../../ir/types.js';
import { inferType } from './example-refine.js';

/** The section's shared descriptor structure, by the docs folder that documents it. */
const DESCRIPTOR_TYPES: ReadonlyArray<{ folder: string; name: string; id: string }> = [
  { folder: 'api-reference/crm/', name: 'crm_rest_field_description', id: 'api-reference/crm/data-types.md#crm_rest_field_description' },
];

export const FIELDS_METHOD = /\.(?:get)?fields$/i;
const FLAGS = ['isRequired', 'isReadOnly', 'isImmutable', 'isMultiple', 'isDynamic'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Every value names its `type` as a string and at least one carries a descriptor flag
 * (`isReadOnly`…): the docs' descriptors, not entity values (an entity's `type` would not
 * come with the flags).
 */
export function descriptorsOnly(v: unknown): v is Record<string, unknown> {
  if (!isRecord(v)) return false;
  const values = Object.values(v);
  return (
    values.length > 0 &&
    values.every((d) => isRecord(d) && typeof d['type'] === 'string') &&
    values.some((d) => FLAGS.some((k) => k in (d as Record<string, unknown>)))
  );
}

function descriptorRef(source: string): TypeRef | undefined {
  const known = DESCRIPTOR_TYPES.find((d) => source.startsWith(d.folder));
  if (known === undefined) return undefined;
  return { raw: known.name, kind: 'named', name: known.name, typeId: known.id, link: known.id.slice(0, known.id.indexOf('#')) };
}

/** What each documented field becomes: the section's descriptor type, or an object of `fields`. */
interface Descriptor {
  type: TypeRef;
  fields?: Field[];
}

/**
 * The keys the descriptors carry (`TYPE`, `USE_IN_FILTER`…), typed as shown; a key only some
 * carry (`isReadOnly` on `ID` alone) is marked conditional. Keys shown with values of several
 * types, or with objects, are left out.
 */
function shownDescriptorFields(v: unknown): Field[] | undefined {
  if (!isRecord(v)) return undefined;
  const values = Object.values(v);
  if (values.length === 0 || !values.every((d) => isRecord(d) && (typeof d['type'] === 'string' || typeof d['TYPE'] === 'string'))) return undefined;
  const descriptors = values as Array<Record<string, unknown>>;
  const keys = [...new Set(descriptors.flatMap((d) => Object.keys(d)))];
  const fields: Field[] = [];
  for (const key of keys) {
    const shown = descriptors.filter((d) => key in d).map((d) => d[key]);
    const kinds = new Set(shown.map((x) => typeof x));
    const kind = [...kinds][0];
    if (kinds.size !== 1 || (kind !== 'string' && kind !== 'boolean' && kind !== 'number')) continue;
    const everywhere = shown.length === descriptors.length;
    fields.push({ name: key, required: false, requiredMark: everywhere ? 'optional' : 'conditional', type: inferType(shown[0]), description: '' });
  }
  return fields.some((f) => /^type$/i.test(f.name)) ? fields : undefined;
}

/**
 * The descriptor the example shows: the section's documented structure when it has one (crm),
 * else the keys the example's descriptors all carry.
 */
function descriptorOf(source: string, v: unknown): Descriptor | undefined {
  const ref = descriptorRef(source);
  if (ref !== undefined) return descriptorsOnly(v) ? { type: ref } : undefined;
  const fields = shownDescriptorFields(v);
  return fields === undefined ? undefined : { type: { raw: 'object', kind: 'object', name: 'object' }, fields };
}

/** Whether the fields are the entity's, shown as descriptors: the example's keys are among them. */
function retype(fields: Field[], example: Record<string, unknown>, descriptor: Descriptor): boolean {
  const names = new Set(fields.flatMap((f) => [f.name, ...(f.aliases ?? [])]));
  const shown = Object.keys(example).filter((k) => names.has(k));
  if (shown.length === 0) return false;
  for (const field of fields) {
    if (descriptor.type.typeId !== undefined && field.type.typeId === descriptor.type.typeId) continue;
    // The page's own attribute table already describes this field's descriptor.
    if ((field.fields ?? []).some((f) => f.name === 'type')) continue;
    field.type = { ...descriptor.type };
    delete field.fields;
    delete field.keyPatterns;
    delete field.requiredOneOf;
    if (descriptor.fields !== undefined) field.fields = descriptor.fields.map((f) => ({ ...f, type: { ...f.type } }));
  }
  return true;
}

/**
 * Retypes, in place, the documented fields of a fields-method result whose response example maps
 * them to descriptors: at the top of `result`, or one object down (`{ fields: { … } }`).
 * Returns whether it did.
 */
export function typeFieldDescriptors(methodName: string, source: string, result: Field[], response: unknown): boolean {
  if (!FIELDS_METHOD.test(methodName) || !isRecord(response)) return false;
  const shown = response['result'];
  if (!isRecord(shown)) return false;
  const top = descriptorOf(source, shown);
  if (top !== undefined) return retype(result, shown, top);
  let done = false;
  for (const field of result) {
    const inner = shown[field.name];
    const descriptor = descriptorOf(source, inner);
    if (field.fields !== undefined && field.fields.length > 0 && isRecord(inner) && descriptor !== undefined) {
      done = retype(field.fields, inner, descriptor) || done;
    }
  }
  return done;
}

/** Names of a descriptor's attributes (`type`, `title`, `isRequired`, `upperName`…). */
const ATTRIBUTE = /^(?:type|title|upperName|is[A-Z]\w*)$/;

/**
 * A fields-method section whose `result` row links the descriptor's attribute table (`type`,
 * `isRequired`… as if they were result's keys) while another table of the section lists the
 * entity's fields under which the example shows those descriptors: the result becomes the
 * entity's fields, each an object of the documented attributes. `tables` are the fields of
 * the section's other tables, in document order.
 */
export function descriptorMapFields(result: readonly Field[], tables: readonly (readonly Field[])[], exResult: unknown): Field[] | undefined {
  if (!descriptorsOnly(exResult) || result.length === 0) return undefined;
  const attributes = result.filter((f) => ATTRIBUTE.test(f.name));
  if (!attributes.some((f) => f.name === 'type')) return undefined;
  // The entity's table may have been read as result's keys too, beside the attribute rows.
  const entity = result.filter((f) => !ATTRIBUTE.test(f.name));
  const keys = new Set(Object.keys(exResult));
  let best: { fields: readonly Field[]; hits: number } | undefined;
  for (const fields of entity.length > 0 ? [entity, ...tables] : tables) {
    const hits = fields.filter((f) => keys.has(f.name)).length;
    if (hits > 0 && hits * 2 >= fields.length && (best === undefined || hits > best.hits)) best = { fields, hits };
  }
  if (best === undefined) return undefined;
  return best.fields.map((f) => {
    const { fields: _inner, keyPatterns: _patterns, requiredOneOf: _oneOf, ...rest } = f;
    return { ...rest, type: { raw: 'object', kind: 'object', name: 'object' }, fields: attributes.map((a) => ({ ...a })) };
  });
}
