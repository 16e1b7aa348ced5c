import type { IrNamedType } from '../ir/types.js';
import { placeChange, TYPES_SECTION } from './change.js';
import type { ApiChange, ChangeDraft } from './change.js';
import { compareTypes, typeChangeLabels } from './compare-types.js';
import { diffFields } from './diff-fields.js';
import { diffKeyPatterns } from './diff-key-patterns.js';
import { sameDocsText } from './docs-text.js';
import { compareCodeUnits } from '../compare-code-units.js';

function byId(types: readonly IrNamedType[]): Map<string, IrNamedType> {
  const map = new Map<string, IrNamedType>();
  for (const type of types) if (!map.has(type.id)) map.set(type.id, type);
  return map;
}

/**
 * Shared named types matched by id. A type whose id changed but whose name is unique on both
 * sides among the unmatched ones (its table moved to another page) is compared, not reported
 * as removed + added; the subject is then its new id.
 */
export function diffNamedTypes(from: readonly IrNamedType[], to: readonly IrNamedType[]): ApiChange[] {
  const before = byId(from);
  const after = byId(to);
  const pairs: Array<[IrNamedType, IrNamedType]> = [];
  const removed: IrNamedType[] = [];
  const added = new Map<string, IrNamedType>();
  for (const [id, type] of after) if (!before.has(id)) added.set(id, type);
  for (const [id, type] of before) {
    const current = after.get(id);
    if (current !== undefined) pairs.push([type, current]);
    else removed.push(type);
  }
  const uniqueByName = (types: Iterable<IrNamedType>): Map<string, IrNamedType> => {
    const counts = new Map<string, IrNamedType[]>();
    for (const type of types) counts.set(type.name, [...(counts.get(type.name) ?? []), type]);
    return new Map([...counts].filter(([, list]) => list.length === 1).map(([name, list]) => [name, list[0] as IrNamedType]));
  };
  const removedByName = uniqueByName(removed);
  const addedByName = uniqueByName(added.values());
  const stillRemoved: IrNamedType[] = [];
  for (const type of removed) {
    const moved = removedByName.get(type.name) === type ? addedByName.get(type.name) : undefined;
    if (moved === undefined) {
      stillRemoved.push(type);
      continue;
    }
    pairs.push([type, moved]);
    added.delete(moved.id);
  }

  const changes: ApiChange[] = [];
  for (const type of stillRemoved) changes.push(placeChange(TYPES_SECTION, type.id, { kind: 'type-removed', location: 'type', from: type.name }));
  for (const type of added.values()) changes.push(placeChange(TYPES_SECTION, type.id, { kind: 'type-added', location: 'type', to: type.name }));
  for (const [old, current] of pairs.sort((a, b) => compareCodeUnits(a[1].id, b[1].id))) {
    const drafts: ChangeDraft[] = [];
    if (old.id !== current.id) drafts.push({ kind: 'type-docs-changed', location: 'type', detail: 'section', from: old.id, to: current.id });
    if (old.name !== current.name) drafts.push({ kind: 'type-docs-changed', location: 'type', detail: 'name', from: old.name, to: current.name });
    if (!sameDocsText(old.description, current.description)) drafts.push({ kind: 'type-docs-changed', location: 'type', detail: 'description' });
    drafts.push(...diffFields(old.fields, current.fields, 'type-field', 'fields'));
    // A type told in prose changes as a whole (no path: the type itself).
    if (old.alias !== undefined && current.alias !== undefined) {
      const relation = compareTypes(old.alias, current.alias);
      if (relation !== 'same') drafts.push({ kind: `type-field-type-${relation}`, location: 'type', ...typeChangeLabels(old.alias, current.alias) });
    }
    drafts.push(...diffKeyPatterns(old.keyPatterns ?? [], current.keyPatterns ?? [], 'type-field', 'fields'));
    for (const draft of drafts) changes.push(placeChange(TYPES_SECTION, current.id, draft));
  }
  return changes;
}
