import type { IrDocument, IrMethod } from '../ir/types.js';
import { IMPACT_ORDER, placeChange, SYSTEM_SECTION, SYSTEM_SUBJECT, TYPES_SECTION } from './change.js';
import type { ApiChange, ApiDiff, ChangeLocation, DiffSummary } from './change.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { diffErrors } from './diff-errors.js';
import { diffMethod } from './diff-method.js';
import { diffNamedTypes } from './diff-types.js';
import { suggestBump } from './semver.js';

const LOCATION_ORDER: readonly ChangeLocation[] = ['method', 'type', 'params', 'fields', 'result', 'response', 'errors'];

/** The order of `ApiDiff.changes`; see its TSDoc. */
export function compareChanges(a: ApiChange, b: ApiChange): number {
  return (
    compareCodeUnits(a.section, b.section) ||
    compareCodeUnits(a.subject, b.subject) ||
    IMPACT_ORDER.indexOf(a.impact) - IMPACT_ORDER.indexOf(b.impact) ||
    LOCATION_ORDER.indexOf(a.location) - LOCATION_ORDER.indexOf(b.location) ||
    compareCodeUnits(a.path ?? '', b.path ?? '') ||
    compareCodeUnits(a.kind, b.kind) ||
    compareCodeUnits(a.errorCode ?? '', b.errorCode ?? '') ||
    compareCodeUnits(a.errorMessage ?? '', b.errorMessage ?? '') ||
    compareCodeUnits(a.detail ?? '', b.detail ?? '') ||
    compareCodeUnits(a.from ?? '', b.from ?? '') ||
    compareCodeUnits(a.to ?? '', b.to ?? '')
  );
}

function byKey(methods: readonly IrMethod[]): Map<string, IrMethod> {
  const map = new Map<string, IrMethod>();
  for (const method of methods) if (!map.has(method.key)) map.set(method.key, method);
  return map;
}

/**
 * Methods whose key changed only in letter case (`disk.file.copyto` → `disk.file.copyTo`),
 * matched one to one: new key → old method. Bitrix24 method names are case-insensitive on the
 * wire, so these are renames in the generated package, not a removal and an addition.
 */
function caseRenames(before: Map<string, IrMethod>, after: Map<string, IrMethod>): Map<string, IrMethod> {
  const lower = (methods: Map<string, IrMethod>, other: Map<string, IrMethod>): Map<string, IrMethod[]> => {
    const map = new Map<string, IrMethod[]>();
    for (const [key, method] of methods) if (!other.has(key)) map.set(key.toLowerCase(), [...(map.get(key.toLowerCase()) ?? []), method]);
    return map;
  };
  const gone = lower(before, after);
  const fresh = lower(after, before);
  const pairs = new Map<string, IrMethod>();
  for (const [lowerKey, [added, ...moreAdded]] of fresh) {
    const candidates = gone.get(lowerKey) ?? [];
    if (added !== undefined && moreAdded.length === 0 && candidates.length === 1 && candidates[0] !== undefined) pairs.set(added.key, candidates[0]);
  }
  return pairs;
}

/**
 * What changed in the API from one IR to another: methods by `key`, their params and result
 * fields (recursively, dotted paths), errors by code + message, shared named types, system
 * errors. Each change is classified per the table in change.ts; `bump` is the semver bump the
 * generated package needs.
 */
export function diffIr(from: IrDocument, to: IrDocument): ApiDiff {
  const before = byKey(from.methods);
  const after = byKey(to.methods);
  const renamed = caseRenames(before, after);
  const changes: ApiChange[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort(compareCodeUnits)) {
    const old = before.get(key);
    const current = after.get(key);
    if (old === undefined && current !== undefined) {
      const previous = renamed.get(key);
      if (previous === undefined) {
        changes.push(placeChange(current.section, key, { kind: 'method-added', location: 'method' }));
        continue;
      }
      changes.push(placeChange(current.section, key, { kind: 'method-renamed', location: 'method', from: previous.key, to: key }));
      for (const draft of diffMethod(previous, current)) changes.push(placeChange(current.section, key, draft));
    } else if (old !== undefined && current === undefined) {
      if (![...renamed.values()].includes(old)) changes.push(placeChange(old.section, key, { kind: 'method-removed', location: 'method' }));
    } else if (old !== undefined && current !== undefined) {
      for (const draft of diffMethod(old, current)) changes.push(placeChange(current.section, key, draft));
    }
  }
  changes.push(...diffNamedTypes(from.types, to.types));
  for (const draft of diffErrors(from.systemErrors, to.systemErrors)) changes.push(placeChange(SYSTEM_SECTION, SYSTEM_SUBJECT, draft));
  changes.sort(compareChanges);
  return { diffVersion: 1, bump: suggestBump(changes), summary: summarize(changes, before.size, after.size), changes };
}

function summarize(changes: readonly ApiChange[], methodsFrom: number, methodsTo: number): DiffSummary {
  const kindsBySubject = (section: (s: string) => boolean): Map<string, ApiChange[]> => {
    const map = new Map<string, ApiChange[]>();
    for (const change of changes) if (section(change.section)) map.set(change.subject, [...(map.get(change.subject) ?? []), change]);
    return map;
  };
  const methods = kindsBySubject((section) => section !== TYPES_SECTION && section !== SYSTEM_SECTION);
  const types = kindsBySubject((section) => section === TYPES_SECTION);
  const count = (map: Map<string, ApiChange[]>, test: (list: ApiChange[]) => boolean): number => [...map.values()].filter(test).length;
  const has = (kind: ApiChange['kind']) => (list: ApiChange[]): boolean => list.some((change) => change.kind === kind);
  const existing = (list: ApiChange[]): boolean => !has('method-added')(list) && !has('method-removed')(list);
  const impact = (name: ApiChange['impact']): number => changes.filter((change) => change.impact === name).length;
  return {
    methodsFrom,
    methodsTo,
    methodsAdded: count(methods, has('method-added')),
    methodsRemoved: count(methods, has('method-removed')),
    methodsRenamed: count(methods, has('method-renamed')),
    methodsChanged: count(methods, (list) => existing(list) && list.some((change) => change.impact !== 'docs')),
    methodsDocsOnly: count(methods, (list) => existing(list) && list.every((change) => change.impact === 'docs')),
    typesAdded: count(types, has('type-added')),
    typesRemoved: count(types, has('type-removed')),
    typesChanged: count(types, (list) => !has('type-added')(list) && !has('type-removed')(list) && list.some((change) => change.impact !== 'docs')),
    breaking: impact('breaking'),
    addition: impact('addition'),
    compatible: impact('compatible'),
    docs: impact('docs'),
    total: changes.length,
  };
}
