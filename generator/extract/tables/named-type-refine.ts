/**
 * Named structures (`catalog_product`, `crm_deal`) are shared by many methods, so the
 * per-method refinement of example-refine cannot reach them. This pass walks every method's
 * response example down its result fields and, where a field (or the result itself) is a
 * named structure without keys of its own, refines that structure's fields with the value
 * shown, widening only: `null` → `T | null`, an integer shown as "12" → `number | `${number}``,
 * an object shown as `[]` → `T | []`. Request examples widen the structures the params use
 * the way extract widens the method's own params (`widenParamType`).
 * Runs over the whole IR; returns a copy, the input is not touched.
 */
import type { Field, IrDocument, IrMethod, IrNamedType, TypeRef } from '../../ir/types.js';
import { requestAsNamed } from '../../ir/positional-example.js';
import { NUMERIC_STRING } from '../../ir/type-vocabulary.js';
import { isPlainObject, nullable, refineType } from './example-refine.js';
import { liftAssociativeArrayShown } from './key-patterns.js';
import { widenParamType } from './request-refine.js';

const MAX_DEPTH = 12;
const NUMBER_NAMES = new Set(['integer', 'int', 'number', 'double', 'float']);
const NUMERIC = /^-?\d+(\.\d+)?$/;

function isNumeric(t: TypeRef): boolean {
  return (t.kind === 'scalar' && t.name !== undefined && NUMBER_NAMES.has(t.name)) || t.kind === 'ref';
}

function hasNumericString(t: TypeRef): boolean {
  return t.kind === 'union' && (t.members ?? []).some((m) => m.kind === 'scalar' && m.name === NUMERIC_STRING);
}

/**
 * A shared structure must keep fitting every method that shows it, so values only widen it
 * (`T | null`, `number | `${number}``) and never replace the documented type.
 */
export function widenType(t: TypeRef, v: unknown): TypeRef {
  if (v === undefined) return t;
  if (v === null) return nullable(t);
  if (Array.isArray(v) && v.length === 0) return refineType(t, v);
  const numeric = typeof v === 'string' && NUMERIC.test(v);
  if (numeric && isNumeric(t)) return { raw: t.raw, kind: 'union', members: [t, { raw: t.raw, kind: 'scalar', name: NUMERIC_STRING }] };
  if (t.kind === 'union' && t.members !== undefined) {
    if (!numeric || hasNumericString(t) || t.members.some((m) => m.kind === 'scalar' && (m.name === 'string' || m.name === 'text'))) return t;
    const numbers = t.members.filter(isNumeric);
    return numbers.length === 1 ? { ...t, members: [...t.members, { raw: t.raw, kind: 'scalar', name: NUMERIC_STRING }] } : t;
  }
  if (t.kind === 'array' && t.items !== undefined && Array.isArray(v)) {
    let items = t.items;
    for (const item of v) items = widenType(items, item);
    return items === t.items ? t : { ...t, items };
  }
  return t;
}

function typeIdOf(t: TypeRef): string | undefined {
  if (t.typeId !== undefined) return t.typeId;
  if (t.items !== undefined) return typeIdOf(t.items);
  for (const m of t.members ?? []) {
    const id = typeIdOf(m);
    if (id !== undefined) return id;
  }
  return undefined;
}

function objectsOf(v: unknown): Record<string, unknown>[] {
  if (isPlainObject(v)) return [v];
  if (Array.isArray(v)) return v.filter(isPlainObject);
  return [];
}

function lookup(obj: Record<string, unknown>, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, name) ? obj[name] : undefined;
}

/** How a walk refines the structures it reaches: by what a response shows, or by what a request sends. */
interface WalkRules {
  widen: (t: TypeRef, v: unknown) => TypeRef;
  /** Make a structure's "array of objects" field a map where the value shows one keyed by names. */
  liftShownMaps: boolean;
}

const RESPONSE_RULES: WalkRules = { widen: widenType, liftShownMaps: false };
const REQUEST_RULES: WalkRules = { widen: widenParamType, liftShownMaps: true };

/** Where the walk finds the structures it refines: by id, each a copy the walk may change. */
type StructureLookup = (id: string) => IrNamedType | undefined;

/**
 * Walks every method's examples down its fields into the structures they reach, refining
 * those (and only those) in place. `onShown` hears of each method whose examples give a value
 * to a structure's field: only such a method can change a structure.
 */
function walkExamples(methods: readonly IrMethod[], structureById: StructureLookup, onShown?: (method: IrMethod) => void): void {
  let current: IrMethod | undefined;
  const walkFields = (fields: readonly Field[], v: unknown, depth: number, named: boolean, rules: WalkRules): void => {
    if (depth > MAX_DEPTH) return;
    for (const obj of objectsOf(v)) {
      for (const f of fields) {
        const val = [f.name, ...(f.aliases ?? [])].map((k) => lookup(obj, k)).find((x) => x !== undefined);
        if (val === undefined) continue;
        if (named && current !== undefined) onShown?.(current);
        // Method fields were refined by extract already; named ones are refined here.
        if (named && rules.liftShownMaps) liftAssociativeArrayShown(f, val, structureOf(f.type)?.fields ?? []);
        if (named) f.type = rules.widen(f.type, val);
        walkValue(f.type, f.fields, val, depth + 1, named, rules);
        for (const pattern of f.keyPatterns ?? []) {
          if (isPlainObject(val)) for (const item of Object.values(val)) walkValue(pattern.type, pattern.fields, item, depth + 1, named, rules);
        }
      }
    }
  };
  const structureOf = (type: TypeRef): IrNamedType | undefined => {
    const id = typeIdOf(type);
    return id === undefined ? undefined : structureById(id);
  };
  const walkValue = (type: TypeRef, own: readonly Field[] | undefined, val: unknown, depth: number, named: boolean, rules: WalkRules): void => {
    const target = structureOf(type);
    if (own !== undefined && own.length > 0) {
      walkFields(own, val, depth, named, rules);
      // A result typed `object | property` with the page's own rows: emit prints the structure, so it needs the widening too.
      if (target === undefined || depth > 0) return;
    }
    if (target !== undefined) walkFields(target.fields, val, depth, true, rules);
  };
  for (const m of methods) {
    current = m;
    const response = m.examples.response;
    if (!isPlainObject(response) || !Object.prototype.hasOwnProperty.call(response, 'result')) continue;
    walkValue(m.resultType, m.result, response['result'], 0, false, RESPONSE_RULES);
  }
  for (const m of methods) {
    current = m;
    for (const request of [m.examples.request, ...(m.examples.moreRequests ?? []).map((r) => r.value)]) {
      const asRead = requestAsNamed(m, request);
      if (isPlainObject(asRead)) walkFields(m.params, asRead, 0, false, REQUEST_RULES);
    }
  }
}

/**
 * The IR with its shared structures refined by every method's examples. `shown`, when given,
 * receives the source of each method whose examples reached a structure (see `walkExamples`).
 */
export function refineNamedTypes(ir: IrDocument, shown?: Set<string>): IrDocument {
  const types = new Map<string, IrNamedType>(ir.types.map((t) => [t.id, structuredClone(t)]));
  walkExamples(ir.methods, (id) => types.get(id), shown === undefined ? undefined : (m) => shown.add(m.source));
  return { ...ir, types: ir.types.map((t) => types.get(t.id) as IrNamedType) };
}

/**
 * The sources of the methods whose examples reach a shared structure, which `refineNamedTypes`
 * would then refine; the structures given are not touched (the walk refines copies).
 */
export function methodsShowingNamedTypes(methods: readonly IrMethod[], types: readonly IrNamedType[]): Set<string> {
  const byId = new Map(types.map((t) => [t.id, t]));
  const copies = new Map<string, IrNamedType>();
  const shown = new Set<string>();
  walkExamples(
    methods,
    (id) => {
      let copy = copies.get(id);
      if (copy === undefined) {
        const original = byId.get(id);
        if (original === undefined) return undefined;
        copy = structuredClone(original);
        copies.set(id, copy);
      }
      return copy;
    },
    (m) => shown.add(m.source),
  );
  return shown;
}
