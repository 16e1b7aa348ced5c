/**
 * "At least one of the parameters must be specified: `IBLOCK_ID` or `IBLOCK_CODE`": the docs
 * mark both required and say in prose that one suffices. Such a group becomes
 * `requiredOneOf` on its object (the method for top-level params), and its members
 * `required: false, requiredMark: 'conditional'`, so emit can demand one of them.
 * A group is taken only when every name it lists is a key of that object and at least one is
 * marked required (otherwise the sentence says nothing the table does not).
 */
import type { Field } from '../../ir/types.js';

const LEAD = /\b(?:at least one|one)\s+of\s+the\s+(?:two\s+)?(?:required\s+)?(?:[a-z]+\s+)?(?:parameters|fields)\b[^`\n]{0,40}((?:`[A-Za-z_][A-Za-z0-9_]*`(?:\s*,?\s+or\s+|\s*,\s*|\s*—\s*)?){2,})/gi;

/** The name groups a description states. */
export function oneOfGroupsIn(text: string): string[][] {
  const out: string[][] = [];
  for (const m of text.matchAll(LEAD)) {
    const names = [...(m[1] as string).matchAll(/`([^`]+)`/g)].map((x) => x[1] as string);
    if (names.length >= 2) out.push(names);
  }
  return out;
}

function sameGroup(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((n) => b.includes(n));
}

/** "Required if `CHAT_ID` is not provided", said of `DIALOG_ID`: one of the two. */
const UNLESS = /\brequired\s+if\s+`([A-Za-z_][A-Za-z0-9_]*)`\s+is\s+not\s+(?:provided|specified|passed|set|given)\b/gi;

/** The groups a field's description states, its own "required if … is not provided" included. */
export function groupsOfField(name: string, description: string): string[][] {
  const out = oneOfGroupsIn(description);
  for (const m of description.matchAll(UNLESS)) {
    const other = m[1] as string;
    if (other !== name) out.push([other, name]);
  }
  return out;
}

/** Finds the groups of one object level (in place on the fields); recurses into nested objects. */
export function liftRequiredOneOf(fields: Field[]): string[][] {
  const groups: string[][] = [];
  for (const f of fields) {
    for (const group of groupsOfField(f.name, f.description)) {
      const members = group.map((n) => fields.find((x) => x.name === n));
      if (members.some((x) => x === undefined)) continue;
      if (!members.some((x) => (x as Field).required)) continue;
      if (groups.some((g) => sameGroup(g, group))) continue;
      groups.push(group);
    }
  }
  for (const group of groups) {
    for (const n of group) {
      const f = fields.find((x) => x.name === n) as Field;
      f.required = false;
      f.requiredMark = 'conditional';
    }
  }
  for (const f of fields) {
    if (f.fields === undefined || f.fields.length === 0) continue;
    const nested = liftRequiredOneOf(f.fields);
    if (nested.length > 0) f.requiredOneOf = nested;
  }
  return groups;
}
