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
 * those (and only those) in place. `onShown` hears of each structure a method's examples give
 * a value to a field of: only such a method changes that structure, and it reaches no other
 * structure without showing one on the way there.
 */
function walkExamples(methods: readonly IrMethod[], structureById: StructureLookup, onShown?: (method: IrMethod, typeId: string) => void): void {
  let current: IrMethod | undefined;
  /** `owner`: the structure whose fields these are (undefined for the method's own fields). */
  const walkFields = (fields: readonly Field[], v: unknown, depth: number, owner: IrNamedType | undefined, rules: WalkRules): void => {
    if (depth > MAX_DEPTH) return;
    for (const obj of objectsOf(v)) {
      for (const f of fields) {
        const val = [f.name, ...(f.aliases ?? [])].map((k) => lookup(obj, k)).find((x) => x !== undefined);
        if (val === undefined) continue;
        if (owner !== undefined && current !== undefined) onShown?.(current, owner.id);
        // Method fields were refined by extract already; named ones are refined here.
        if (owner !== undefined && rules.liftShownMaps) liftAssociativeArrayShown(f, val, structureOf(f.type)?.fields ?? []);
        if (owner !== undefined) f.type = rules.widen(f.type, val);
        walkValue(f.type, f.fields, val, depth + 1, owner, rules);
        for (const pattern of f.keyPatterns ?? []) {
          if (isPlainObject(val)) for (const item of Object.values(val)) walkValue(pattern.type, pattern.fields, item, depth + 1, owner, rules);
        }
      }
    }
  };
  const structureOf = (type: TypeRef): IrNamedType | undefined => {
    const id = typeIdOf(type);
    return id === undefined ? undefined : structureById(id);
  };
  const walkValue = (type: TypeRef, own: readonly Field[] | undefined, val: unknown, depth: number, owner: IrNamedType | undefined, rules: WalkRules): void => {
    const target = structureOf(type);
    if (own !== undefined && own.length > 0) {
      walkFields(own, val, depth, owner, rules);
      // A result typed `object | property` with the page's own rows: emit prints the structure, so it needs the widening too.
      if (target === undefined || depth > 0) return;
    }
    if (target !== undefined) walkFields(target.fields, val, depth, target, rules);
  };
  for (const m of methods) {
    current = m;
    const response = m.examples.response;
    if (!isPlainObject(response) || !Object.prototype.hasOwnProperty.call(response, 'result')) continue;
    walkValue(m.resultType, m.result, response['result'], 0, undefined, RESPONSE_RULES);
  }
  for (const m of methods) {
    current = m;
    for (const request of [m.examples.request, ...(m.examples.moreRequests ?? []).map((r) => r.value)]) {
      const asRead = requestAsNamed(m, request);
      if (isPlainObject(asRead)) walkFields(m.params, asRead, 0, undefined, REQUEST_RULES);
    }
  }
}

/** The structures each method's examples show (see `walkExamples`), by method source; methods that show none are left out. */
export type ShownTypes = Map<string, Set<string>>;

function noteShown(shown: ShownTypes): (method: IrMethod, typeId: string) => void {
  return (method, typeId) => {
    const ids = shown.get(method.source);
    if (ids === undefined) shown.set(method.source, new Set([typeId]));
    else ids.add(typeId);
  };
}

/**
 * The IR with its shared structures refined by every method's examples. `shown`, when given,
 * receives the structures each method's examples show.
 */
export function refineNamedTypes(ir: IrDocument, shown?: ShownTypes): IrDocument {
  const types = new Map<string, IrNamedType>(ir.types.map((t) => [t.id, structuredClone(t)]));
  walkExamples(ir.methods, (id) => types.get(id), shown === undefined ? undefined : noteShown(shown));
  return { ...ir, types: ir.types.map((t) => types.get(t.id) as IrNamedType) };
}

/** What `refineChangedTypes` starts from: the refinement an earlier run made, and what changed since. */
export interface EarlierRefinement {
  /** The methods now, in IR order (the order the refinement walks them in). */
  methods: readonly IrMethod[];
  /** The structures as their pages give them now, before refinement, in IR order. */
  types: readonly IrNamedType[];
  /** The structures as the earlier run refined them, by id. */
  refined: ReadonlyMap<string, IrNamedType>;
  /** Structures that are new, gone, or different before refinement since that run. */
  changed: ReadonlySet<string>;
  /** Methods that are not as they were then (their examples may show other structures). */
  redone: ReadonlySet<IrMethod>;
  /** The structures a method showed in that run; undefined when it was not there. */
  shownBefore: (method: IrMethod) => readonly string[] | undefined;
}

/**
 * The structures refined as `refineNamedTypes` would refine them now, redoing only what can
 * have changed: the structures that changed or that a redone method shows (then or now), and
 * with them every structure shown by a method that shows one of those, until no method outside
 * the walked ones shows a walked structure. Those structures are refined from scratch by walking
 * exactly the methods that show them; every other structure is shown by the same methods as
 * before, through structures that did not change, and is as the earlier run refined it.
 * Returns the structures, the methods walked and what each shows now, and the structures refined again.
 */
export function refineChangedTypes(earlier: EarlierRefinement): { types: IrNamedType[]; shown: ShownTypes; walked: IrMethod[]; refinedAgain: ReadonlySet<string> } {
  const before = new Map(earlier.types.map((t) => [t.id, t]));
  const shownNow = new Map<IrMethod, readonly string[]>();
  const shownBy = (m: IrMethod): readonly string[] => shownNow.get(m) ?? earlier.shownBefore(m) ?? [];
  const affected = new Set(earlier.changed);
  for (const m of earlier.redone) for (const id of earlier.shownBefore(m) ?? []) affected.add(id);
  for (;;) {
    // Every method that shows an affected structure, and what those methods show, until stable.
    let walked: IrMethod[] = [];
    for (;;) {
      walked = earlier.methods.filter((m) => earlier.redone.has(m) || shownBy(m).some((id) => affected.has(id)));
      const grown = affected.size;
      for (const m of walked) for (const id of shownBy(m)) affected.add(id);
      if (affected.size === grown) break;
    }
    const copies = new Map<string, IrNamedType>();
    const escaped = new Set<string>();
    const shown: ShownTypes = new Map();
    walkExamples(
      walked,
      (id) => {
        const original = before.get(id);
        if (original === undefined) return undefined;
        if (!affected.has(id)) escaped.add(id);
        let copy = copies.get(id);
        if (copy === undefined) {
          copy = structuredClone(original);
          copies.set(id, copy);
        }
        return copy;
      },
      noteShown(shown),
    );
    for (const m of walked) shownNow.set(m, [...(shown.get(m.source) ?? [])]);
    // A walk that reached a structure outside the affected ones (a changed structure now leads
    // there): that one is affected too, and the walk starts again with it.
    if (escaped.size === 0) {
      const types = earlier.types.map((t) => (affected.has(t.id) ? (copies.get(t.id) ?? structuredClone(t)) : (earlier.refined.get(t.id) ?? structuredClone(t))));
      return { types, shown, walked, refinedAgain: affected };
    }
    for (const id of escaped) affected.add(id);
  }
}
