import type { Field } from '../ir/types.js';
import type { ChangeDraft, ChangeKind, ChangeLocation } from './change.js';
import { compareTypes, enumValues, typeChangeLabels, typeLabel } from './compare-types.js';
import { sameDocsText } from './docs-text.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { diffKeyPatterns, diffKeyPrefixes, diffRequiredOneOf } from './diff-key-patterns.js';

/**
 * Which side of a call a field list is on; it decides how type and required changes count
 * (see the table in change.ts).
 */
export type FieldRole = 'param' | 'result-field' | 'type-field';

type FieldEvent =
  | 'added'
  | 'added-required'
  | 'removed'
  | 'made-required'
  | 'made-optional'
  | 'type-widened'
  | 'type-narrowed'
  | 'type-changed'
  | 'type-resolved'
  | 'enum-value-added'
  | 'enum-value-removed'
  | 'deprecated'
  | 'undeprecated'
  | 'docs-changed';

/** Result fields have no added-required / made-* kinds; this module never asks for them (see `tracksRequired`). */
function kindOf(role: FieldRole, event: FieldEvent): ChangeKind {
  return `${role}-${event}` as ChangeKind;
}

function tracksRequired(role: FieldRole): boolean {
  return role !== 'result-field';
}

/** First occurrence wins: a name listed twice on a page is one field on the wire. */
function byName(fields: readonly Field[]): Map<string, Field> {
  const map = new Map<string, Field>();
  for (const field of fields) if (!map.has(field.name)) map.set(field.name, field);
  return map;
}

/**
 * Every difference between two field lists, recursing through `fields` of fields present on
 * both sides; paths are dotted (`fields.groupId`). An added or removed field is one change,
 * its own nested fields are not listed.
 */
export function diffFields(from: readonly Field[], to: readonly Field[], role: FieldRole, location: ChangeLocation, prefix = ''): ChangeDraft[] {
  const drafts: ChangeDraft[] = [];
  const before = byName(from);
  const after = byName(to);
  const names = [...new Set([...before.keys(), ...after.keys()])].sort(compareCodeUnits);
  for (const name of names) {
    const path = prefix === '' ? name : `${prefix}.${name}`;
    const old = before.get(name);
    const current = after.get(name);
    if (old === undefined && current !== undefined) {
      const required = tracksRequired(role) && current.required;
      drafts.push({ kind: kindOf(role, required ? 'added-required' : 'added'), location, path, to: typeLabel(current.type) });
    } else if (old !== undefined && current === undefined) {
      drafts.push({ kind: kindOf(role, 'removed'), location, path, from: typeLabel(old.type) });
    } else if (old !== undefined && current !== undefined) {
      drafts.push(...diffField(old, current, role, location, path));
    }
  }
  return drafts;
}

function diffField(old: Field, current: Field, role: FieldRole, location: ChangeLocation, path: string): ChangeDraft[] {
  const drafts: ChangeDraft[] = [];
  const push = (event: FieldEvent, extra: Partial<ChangeDraft> = {}): void => {
    drafts.push({ kind: kindOf(role, event), location, path, ...extra });
  };

  if (tracksRequired(role) && old.required !== current.required) {
    push(current.required ? 'made-required' : 'made-optional', {
      from: old.required ? 'required' : 'optional',
      to: current.required ? 'required' : 'optional',
    });
  } else if (tracksRequired(role) && (old.requiredMark ?? 'optional') !== (current.requiredMark ?? 'optional')) {
    push('docs-changed', { detail: 'required-mark', from: old.requiredMark ?? 'optional', to: current.requiredMark ?? 'optional' });
  }

  const oldValues = enumValues(old.type);
  const newValues = enumValues(current.type);
  if (oldValues !== undefined && newValues !== undefined && old.type.kind === current.type.kind) {
    const oldSet = new Set(oldValues.map(String));
    const newSet = new Set(newValues.map(String));
    for (const value of [...oldSet].sort(compareCodeUnits)) if (!newSet.has(value)) push('enum-value-removed', { from: value });
    for (const value of [...newSet].sort(compareCodeUnits)) if (!oldSet.has(value)) push('enum-value-added', { to: value });
  } else {
    const relation = compareTypes(old.type, current.type);
    if (relation !== 'same') push(`type-${relation}`, typeChangeLabels(old.type, current.type));
  }

  if (!old.deprecated && current.deprecated) push('deprecated');
  if (old.deprecated && !current.deprecated) push('undeprecated');

  const oldAliases = [...(old.aliases ?? [])].sort(compareCodeUnits).join(', ');
  const newAliases = [...(current.aliases ?? [])].sort(compareCodeUnits).join(', ');
  if (oldAliases !== newAliases) push('docs-changed', { detail: 'aliases', from: oldAliases, to: newAliases });
  if (!sameDocsText(old.description, current.description)) push('docs-changed', { detail: 'description' });

  drafts.push(...diffFields(old.fields ?? [], current.fields ?? [], role, location, path));
  drafts.push(...diffKeyPatterns(old.keyPatterns ?? [], current.keyPatterns ?? [], role, location, path));
  drafts.push(...diffKeyPrefixes(old.keyPrefixes ?? [], current.keyPrefixes ?? [], role, location, path));
  drafts.push(...diffRequiredOneOf(old.requiredOneOf ?? [], current.requiredOneOf ?? [], role, location, path));
  return drafts;
}
