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
/** "Pass either the `uuid` or `crmId` parameter", "Pass either `a`, `b`, or `c`". */
const PASS_EITHER = /\bpass\s+either\s+(?:the\s+)?((?:`[A-Za-z_][A-Za-z0-9_]*`(?:\s*,?\s+or\s+|\s*,\s*)?){2,})/gi;

export function oneOfGroupsIn(text: string): string[][] {
  const out: string[][] = [];
  for (const m of [...text.matchAll(LEAD), ...text.matchAll(PASS_EITHER)]) {
    const names = [...(m[1] as string).matchAll(/`([^`]+)`/g)].map((x) => x[1] as string);
    if (names.length >= 2) out.push(names);
  }
  return out;
}

function sameGroup(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((n) => b.includes(n));
}

/** "Required if `CHAT_ID` is not provided", said of `DIALOG_ID`: one of the two. */
const UNLESS = /\brequired\s+if\s+(?:the\s+)?`([A-Za-z_][A-Za-z0-9_]*)`\s+(?:(?:parameter|field)\s+)?is\s+not\s+(?:provided|specified|passed|set|given)\b/gi;

/** "If provided, its value is copied to `EVENT_MESSAGE_ADD`, `EVENT_BOT_DELETE`". */
const COPIED_TO = /\bits\s+value\s+is\s+copied\s+to\s+((?:`[A-Za-z_][A-Za-z0-9_]*`(?:\s*,\s*|\s+and\s+)?)+)/i;

const INSTEAD_OF = /\bused\s+instead\s+of\s+(?:the\s+)?`([A-Za-z_][A-Za-z0-9_]*)`/gi;

/** "You must provide either `NAME` or `LAST_NAME`". */
const EITHER = /\b(?:must|need\s+to|have\s+to)\s+(?:provide|specify|pass|set|fill\s+in)\s+either\s+`([A-Za-z_][A-Za-z0-9_]*)`\s+or\s+`([A-Za-z_][A-Za-z0-9_]*)`/gi;

/** The groups a field's description states, its own "required if … is not provided" included. */
export function groupsOfField(name: string, description: string): string[][] {
  const out = oneOfGroupsIn(description);
  for (const m of description.matchAll(UNLESS)) {
    const other = m[1] as string;
    if (other !== name) out.push([other, name]);
  }
  for (const m of description.matchAll(EITHER)) out.push([m[1] as string, m[2] as string]);
  // "Template file … Used instead of the `fileId` parameter."
  for (const m of description.matchAll(INSTEAD_OF)) if (m[1] !== name) out.push([m[1] as string, name]);
  // "If provided, its value is copied to `A`, `B`": this param stands in for each of them.
  const copied = COPIED_TO.exec(description);
  for (const c of copied ? (copied[1] as string).matchAll(/`([A-Za-z_][A-Za-z0-9_]*)`/g) : []) {
    if (c[1] !== name) out.push([name, c[1] as string]);
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

interface Level {
  fields: Field[];
  owner?: Field;
}

/**
 * Every object level (top first, then nested in order) that has each name of `group` as a key:
 * "Pass either `employeeId` or `userId`" follows each of two tables with the same keys.
 */
function levelsOf(fields: Field[], group: readonly string[], owner?: Field): Level[] {
  const out: Level[] = group.every((n) => fields.some((f) => f.name === n)) ? [owner === undefined ? { fields } : { fields, owner }] : [];
  for (const f of fields) {
    if (f.fields !== undefined && f.fields.length > 0) out.push(...levelsOf(f.fields, group, f));
  }
  return out;
}

/**
 * Groups a note or paragraph of the parameter section states ("you must use only one of the two
 * required parameters: `resourceTypeIdList` or `resourceIdList`", "Pass either the `uuid` or
 * `crmId` parameter"), beside the tables rather than in a row. Each group goes to every level
 * whose keys it names (the method's for top-level params, else the owning field's
 * `requiredOneOf`), under the same rule as row groups. Returns the top-level groups.
 */
export function liftNotedOneOf(fields: Field[], notes: readonly string[], known: readonly string[][] = []): string[][] {
  const top: string[][] = [];
  for (const [group, level] of notes.flatMap(oneOfGroupsIn).flatMap((g) => levelsOf(fields, g).map((l) => [g, l] as const))) {
    const members = group.map((n) => level.fields.find((x) => x.name === n) as Field);
    if (!members.some((x) => x.required)) continue;
    const groups = level.owner === undefined ? [...known, ...top] : (level.owner.requiredOneOf ?? []);
    if (groups.some((g) => sameGroup(g, group))) continue;
    for (const m of members) {
      m.required = false;
      m.requiredMark = 'conditional';
    }
    if (level.owner === undefined) top.push(group);
    else level.owner.requiredOneOf = [...groups, group];
  }
  return top;
}
