/**
 * List methods whose filter keys are "the fields that `crm.deal.fields` returns": the filter's
 * description links the entity's `*.fields` method instead of a table. That method's documented
 * response shows one descriptor per field (`"STAGE_ID": {"type": "crm_status", "isMultiple":
 * false, …}`), so the filter takes those names, each typed by its descriptor's `type` through
 * the vocabulary (a multiple field takes a list), optional and taking one value or a list, with
 * the operators the filter's description lists. A field whose values are structures (multifields,
 * bindings) is filtered by something else than its value (an e-mail address, an owner), which the
 * docs do not type: such keys take any value. The page's own request examples then refine the
 * keys as they do the documented params (`"ID": "20"`: a numeric string). Custom fields (`UF_…`)
 * differ per portal: none becomes a key of its own; when the fields method says it returns them
 * (or its page has the family row), the filter takes the `UF_${string}` family. Runs on the whole IR.
 */
import type { Field, IrMethod, KeyPattern, TypeRef } from '../../ir/types.js';
import { oneValueOrList } from '../../ir/key-prefixes.js';
import { REF_TYPES } from '../../ir/type-vocabulary.js';
import { isPlainObject } from './example-refine.js';
import { descriptorsOnly, FIELDS_METHOD } from './field-descriptors.js';
import { docsLinksOf } from './filter-structure.js';
import { typeOpenFilters, type FilterKeys } from './open-filters.js';
import { refineFromRequests } from './request-refine.js';
import { parseTypeText } from './type-text.js';

const CUSTOM_FIELD = /^UF_/;
const SAYS_CUSTOM_FIELDS = /\b(?:custom|user)[- ]fields?\b|\bUF_/i;
const UNKNOWN: TypeRef = { raw: '', kind: 'unknown' };

/** The field keys a fields method's documented response describes, typed by their descriptors; undefined when it shows none. */
function descriptorKeys(fieldsMethod: IrMethod): Field[] | undefined {
  const response = fieldsMethod.examples.response;
  const result = isPlainObject(response) ? response['result'] : undefined;
  if (!descriptorsOnly(result)) return undefined;
  const documented = new Map(fieldsMethod.result.map((f) => [f.name, f]));
  const keys: Field[] = [];
  for (const [name, descriptor] of Object.entries(result)) {
    if (CUSTOM_FIELD.test(name)) continue;
    const d = descriptor as Record<string, unknown>;
    const one = filterValueType(String(d['type']));
    const type: TypeRef = d['isMultiple'] === true && one.kind !== 'unknown' ? { raw: `${one.raw}[]`, kind: 'array', items: one } : one;
    keys.push({ name, required: false, requiredMark: 'optional', type: type.kind === 'unknown' ? type : oneValueOrList(type), description: documented.get(name)?.description ?? '' });
  }
  return keys.length > 0 ? keys : undefined;
}

/** A descriptor's type as a filter value: scalars (but files) and references to plain ids or codes; else any value. */
function filterValueType(token: string): TypeRef {
  const t = parseTypeText(token);
  if (t.kind === 'scalar' && t.name !== 'file') return t;
  if (t.kind === 'ref' && t.name !== undefined && t.refField === undefined) {
    const ts = Object.prototype.hasOwnProperty.call(REF_TYPES, t.name) ? REF_TYPES[t.name]?.ts : undefined;
    if (ts === 'number' || ts === 'string') return t;
  }
  return UNKNOWN;
}

function customFieldFamily(fieldsMethod: IrMethod): KeyPattern[] {
  const own = (fieldsMethod.resultKeyPatterns ?? []).filter((k) => k.pattern.startsWith('UF_'));
  if (own.length > 0) return own.map((k) => ({ ...k, type: k.type.kind === 'unknown' ? k.type : oneValueOrList(k.type) }));
  if (!SAYS_CUSTOM_FIELDS.test(fieldsMethod.description)) return [];
  return [{ pattern: 'UF_${string}', type: UNKNOWN, description: `Custom fields, as \`${fieldsMethod.name}\` returns them.` }];
}

/**
 * The methods, with open `filter` params given the keys of the fields method their description
 * links, refined by the method's own request examples.
 */
export function typeFiltersByFieldsMethod(methods: readonly IrMethod[]): IrMethod[] {
  const fieldsMethods = new Map(methods.filter((m) => FIELDS_METHOD.test(m.name)).map((m) => [m.source, m]));
  const keysOf = (filter: Field): FilterKeys | undefined => {
    for (const link of docsLinksOf(filter.description)) {
      const fieldsMethod = fieldsMethods.get(link.target.split('#')[0] as string);
      const fields = fieldsMethod === undefined ? undefined : descriptorKeys(fieldsMethod);
      if (fieldsMethod !== undefined && fields !== undefined) return { fields, keyPatterns: customFieldFamily(fieldsMethod) };
    }
    return undefined;
  };
  return typeOpenFilters(methods, keysOf, (typed, method) => refineFromRequests([typed], method.examples, method.paramsByPosition === true));
}
