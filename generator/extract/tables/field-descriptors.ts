/**
 * `*.fields` / `*.getFields` methods answer with a map: field name → the field's descriptor
 * (`type`, `isRequired`, `isReadOnly`, …). Many of their pages document the entity's fields
 * (`ID` integer, `TITLE` string) instead, so a typed result would expect the entity's values.
 * When the page's own response example shows descriptors under those names, each documented
 * field becomes a reference to the section's documented descriptor structure; pages whose
 * example shows plain values keep their table.
 */
import type { Field, TypeRef } from '../../ir/types.js';

/** The section's shared descriptor structure, by the docs folder that documents it. */
const DESCRIPTOR_TYPES: ReadonlyArray<{ folder: string; name: string; id: string }> = [
  { folder: 'api-reference/crm/', name: 'crm_rest_field_description', id: 'api-reference/crm/data-types.md#crm_rest_field_description' },
];

const FIELDS_METHOD = /\.(?:get)?fields$/i;
const FLAGS = ['isRequired', 'isReadOnly', 'isImmutable', 'isMultiple', 'isDynamic'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Every value names its `type` as a string and at least one carries a descriptor flag
 * (`isReadOnly`…): the docs' descriptors, not entity values (an entity's `type` would not
 * come with the flags).
 */
function descriptorsOnly(v: unknown): v is Record<string, unknown> {
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

/** Whether the fields are the entity's, shown as descriptors: the example's keys are among them. */
function retype(fields: Field[], example: Record<string, unknown>, ref: TypeRef): boolean {
  const names = new Set(fields.flatMap((f) => [f.name, ...(f.aliases ?? [])]));
  const shown = Object.keys(example).filter((k) => names.has(k));
  if (shown.length === 0) return false;
  for (const field of fields) {
    if (field.type.typeId === ref.typeId) continue;
    // The page's own attribute table already describes this field's descriptor.
    if ((field.fields ?? []).some((f) => f.name === 'type')) continue;
    field.type = { ...ref };
    delete field.fields;
    delete field.keyPatterns;
    delete field.requiredOneOf;
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
  const ref = descriptorRef(source);
  if (ref === undefined) return false;
  const shown = response['result'];
  if (!isRecord(shown)) return false;
  if (descriptorsOnly(shown)) return retype(result, shown, ref);
  let done = false;
  for (const field of result) {
    const inner = shown[field.name];
    if (field.fields !== undefined && field.fields.length > 0 && descriptorsOnly(inner)) {
      done = retype(field.fields, inner, ref) || done;
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
  if (!result.some((f) => f.name === 'type') || !result.every((f) => ATTRIBUTE.test(f.name))) return undefined;
  const keys = new Set(Object.keys(exResult));
  let best: { fields: readonly Field[]; hits: number } | undefined;
  for (const fields of tables) {
    const hits = fields.filter((f) => keys.has(f.name)).length;
    if (hits > 0 && hits * 2 >= fields.length && (best === undefined || hits > best.hits)) best = { fields, hits };
  }
  if (best === undefined) return undefined;
  return best.fields.map((f) => {
    const { fields: _inner, keyPatterns: _patterns, requiredOneOf: _oneOf, ...rest } = f;
    return { ...rest, type: { raw: 'object', kind: 'object', name: 'object' }, fields: result.map((a) => ({ ...a })) };
  });
}
