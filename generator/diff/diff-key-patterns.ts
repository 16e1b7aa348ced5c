import type { KeyPattern, KeyPrefix } from '../ir/types.js';
import type { ChangeDraft, ChangeKind, ChangeLocation } from './change.js';
import { compareTypes, typeChangeLabels, typeLabel } from './compare-types.js';
import { compareCodeUnits } from '../compare-code-units.js';
import type { FieldRole } from './diff-fields.js';
import { diffFields } from './diff-fields.js';

/**
 * `fields[UF_CRM_${string}]`: a key family sits under its object's path, in brackets, so it
 * never collides with a literal key of the same text.
 */
export function keyPatternPath(prefix: string, pattern: string): string {
  return `${prefix}[${pattern}]`;
}

function byPattern(patterns: readonly KeyPattern[]): Map<string, KeyPattern> {
  const map = new Map<string, KeyPattern>();
  for (const p of patterns) if (!map.has(p.pattern)) map.set(p.pattern, p);
  return map;
}

/**
 * Key families (`KeyPattern`) of one object, matched by their template. Added and removed
 * families have their own kinds; a family on both sides is compared like a field (value type,
 * keys of its values).
 */
export function diffKeyPatterns(
  from: readonly KeyPattern[],
  to: readonly KeyPattern[],
  role: FieldRole,
  location: ChangeLocation,
  prefix = '',
): ChangeDraft[] {
  const drafts: ChangeDraft[] = [];
  const before = byPattern(from);
  const after = byPattern(to);
  for (const pattern of [...new Set([...before.keys(), ...after.keys()])].sort(compareCodeUnits)) {
    const path = keyPatternPath(prefix, pattern);
    const old = before.get(pattern);
    const current = after.get(pattern);
    if (old === undefined && current !== undefined) {
      drafts.push({ kind: `${role}-key-pattern-added` as ChangeKind, location, path, to: typeLabel(current.type) });
    } else if (old !== undefined && current === undefined) {
      drafts.push({ kind: `${role}-key-pattern-removed` as ChangeKind, location, path, from: typeLabel(old.type) });
    } else if (old !== undefined && current !== undefined) {
      const relation = compareTypes(old.type, current.type);
      if (relation !== 'same') drafts.push({ kind: `${role}-type-${relation}` as ChangeKind, location, path, ...typeChangeLabels(old.type, current.type) });
      drafts.push(...diffFields(old.fields ?? [], current.fields ?? [], role, location, path));
    }
  }
  return drafts;
}

/** `filter[>=…]`: the operator applies to every documented key of the object at `prefix`. */
export function keyPrefixPath(prefix: string, operator: string): string {
  return `${prefix}[${operator}…]`;
}

/**
 * Operator prefixes (`KeyPrefix`) of one filter object, matched by the operator. A new operator
 * lets callers send more keys; a dropped one makes the typed params reject keys they sent; an
 * operator whose value turns from one value into a list (or back) changes what each key takes.
 */
export function diffKeyPrefixes(
  from: readonly KeyPrefix[],
  to: readonly KeyPrefix[],
  role: FieldRole,
  location: ChangeLocation,
  prefix = '',
): ChangeDraft[] {
  const shape = (p: KeyPrefix): string => (p.list === true ? 'list' : p.oneOrList === true ? 'value or list' : 'value');
  const before = new Map(from.map((p) => [p.prefix, p] as const));
  const after = new Map(to.map((p) => [p.prefix, p] as const));
  const drafts: ChangeDraft[] = [];
  for (const operator of [...new Set([...before.keys(), ...after.keys()])].sort(compareCodeUnits)) {
    const path = keyPrefixPath(prefix, operator);
    const old = before.get(operator);
    const current = after.get(operator);
    if (old === undefined && current !== undefined) drafts.push({ kind: `${role}-key-prefix-added` as ChangeKind, location, path, to: shape(current) });
    else if (old !== undefined && current === undefined) drafts.push({ kind: `${role}-key-prefix-removed` as ChangeKind, location, path, from: shape(old) });
    else if (old !== undefined && current !== undefined && shape(old) !== shape(current)) {
      drafts.push({ kind: `${role}-key-prefix-changed` as ChangeKind, location, path, from: shape(old), to: shape(current) });
    }
  }
  return drafts;
}

function groupKey(group: readonly string[]): string {
  return [...new Set(group)].sort(compareCodeUnits).join(' | ');
}

function isSubset(small: readonly string[], large: readonly string[]): boolean {
  return small.every((name) => large.includes(name));
}

/**
 * "At least one of …" groups (`requiredOneOf`), matched as sets of names. A group that gains
 * members asks less of callers (widened), one that loses members asks more (narrowed); a new
 * group asks more, a dropped one less. Results do not track required marks (see change.ts).
 */
export function diffRequiredOneOf(
  from: readonly string[][],
  to: readonly string[][],
  role: FieldRole,
  location: ChangeLocation,
  prefix?: string,
): ChangeDraft[] {
  if (role === 'result-field') return [];
  const before = new Map(from.map((g) => [groupKey(g), [...new Set(g)].sort(compareCodeUnits)] as const));
  const after = new Map(to.map((g) => [groupKey(g), [...new Set(g)].sort(compareCodeUnits)] as const));
  const gone = [...before.keys()].filter((k) => !after.has(k)).sort(compareCodeUnits);
  const fresh = [...after.keys()].filter((k) => !before.has(k)).sort(compareCodeUnits);
  const drafts: ChangeDraft[] = [];
  const push = (event: string, fromText?: string, toText?: string): void => {
    const draft: ChangeDraft = { kind: `${role}-required-one-of-${event}` as ChangeKind, location };
    if (prefix !== undefined && prefix !== '') draft.path = prefix;
    if (fromText !== undefined) draft.from = fromText;
    if (toText !== undefined) draft.to = toText;
    drafts.push(draft);
  };
  const matched = new Set<string>();
  for (const key of fresh) {
    const group = after.get(key) as string[];
    const wider = gone.find((k) => !matched.has(k) && isSubset(before.get(k) as string[], group));
    const narrower = wider ?? gone.find((k) => !matched.has(k) && isSubset(group, before.get(k) as string[]));
    if (wider !== undefined) {
      matched.add(wider);
      push('widened', wider, key);
    } else if (narrower !== undefined) {
      matched.add(narrower);
      push('narrowed', narrower, key);
    } else {
      push('added', undefined, key);
    }
  }
  for (const key of gone) if (!matched.has(key)) push('removed', key);
  return drafts;
}

/**
 * Ways to call (`IrMethod.paramSets`), matched as sets of required params. A way that changes
 * its params shows as removed and added: calls made the old way no longer type-check.
 */
export function diffParamSets(from: readonly string[][], to: readonly string[][]): ChangeDraft[] {
  const before = new Set(from.map(groupKey));
  const after = new Set(to.map(groupKey));
  const drafts: ChangeDraft[] = [];
  for (const key of [...after].filter((k) => !before.has(k)).sort(compareCodeUnits)) drafts.push({ kind: 'param-call-way-added', location: 'params', to: key });
  for (const key of [...before].filter((k) => !after.has(k)).sort(compareCodeUnits)) drafts.push({ kind: 'param-call-way-removed', location: 'params', from: key });
  return drafts;
}
