/**
 * Builds the field tree of a section: the first field table is the top level; each later
 * field table (under its H3/H4, at any depth, inside tabs too) is tied to a parent row
 * (1) by an `](#anchor)` in the parent row's cells matching the heading's anchor,
 * (2) by a name the heading gives (`Parameter X`, `X Object`, `a.b`, RU `Параметр X`),
 *     exact case first, nearest preceding table first.
 * A nested table tied to nothing gets `unlinked-nested-table`.
 */
import { mergeFieldLists } from './merge-alternatives.js';
import type { Heading, Nodes, RootContent } from 'mdast';
import type { Field, TypeRef } from '../../ir/types.js';
import { isBareArray, isBareObject } from '../../ir/type-vocabulary.js';
import type { YfmTable } from '../../parse/yfm-nodes.js';
import { plainText } from './cell-tokens.js';
import { report, type TableContext } from './context.js';
import { extractFieldTable, type RowInfo } from './field-table.js';
import { headingNameCandidates, headingSlug } from './heading-names.js';
import { detectTableShape } from './table-shape.js';

export interface SectionTable {
  table: YfmTable;
  heading?: Heading;
  rows: RowInfo[];
}

export interface FieldTree {
  /** The rows of the top-level table (type-only rows included). */
  top: RowInfo[];
  tables: SectionTable[];
}

/** Field tables of a node list in document order, each with the nearest heading above it. */
export function collectFieldTables(nodes: readonly RootContent[], ctx: TableContext): SectionTable[] {
  const out: SectionTable[] = [];
  let heading: Heading | undefined;
  const walk = (list: readonly Nodes[]): void => {
    for (const n of list) {
      if (n.type === 'heading') heading = n;
      else if (n.type === 'yfmTable') {
        const shape = detectTableShape(n);
        if (shape) {
          const entry: SectionTable = { table: n, rows: extractFieldTable(n, shape, ctx) };
          if (heading) entry.heading = heading;
          out.push(entry);
        }
      } else if (n.type === 'yfmTabs' || n.type === 'yfmTab' || n.type === 'yfmCut' || n.type === 'yfmNote' || n.type === 'yfmInclude') {
        walk(n.children as Nodes[]);
      }
    }
  };
  walk(nodes as Nodes[]);
  return out;
}

export function headingText(h: Heading): string {
  return plainText(h).trim();
}

export function headingAnchors(h: Heading): string[] {
  const out: string[] = [];
  if (h.data?.id) out.push(h.data.id);
  const slug = headingSlug(headingText(h));
  if (slug !== '' && !out.includes(slug)) out.push(slug);
  return out;
}

/** The field a row's nested table gives keys to: the row's, or for a type-only row the field its table is tied to. */
function targetOf(parent: RowInfo): Field | undefined {
  return parent.typeOnly ? parent.owner : parent.field;
}

function attach(target: Field | undefined, rows: readonly RowInfo[]): void {
  if (!target) return;
  const named = rows.filter((r) => !r.typeOnly);
  const alternatives = rows.filter((r) => r.typeOnly);
  for (const r of alternatives) r.owner = target;
  // Tables under one parent that repeat a key are alternatives (tabs): the key takes what any allows.
  if (named.length > 0) target.fields = mergeFieldLists(target.fields ?? [], named.map((r) => r.field));
  if (alternatives.length > 0 && (target.type.kind === 'unknown' || target.type.kind === 'named' || target.type.kind === 'object')) {
    const types = alternatives.map((r) => r.field.type);
    target.type = types.length === 1 ? (types[0] as Field['type']) : { raw: types.map((t) => t.raw).join(' | '), kind: 'union', members: types };
  }
}

function findByPath(rows: readonly RowInfo[], path: readonly string[], fold: boolean): RowInfo | undefined {
  const eq = (a: string, b: string): boolean => (fold ? a.toLowerCase() === b.toLowerCase() : a === b);
  const [head, ...rest] = path;
  if (head === undefined) return undefined;
  const row = rows.find((r) => !r.typeOnly && (eq(r.field.name, head) || (r.field.aliases ?? []).some((a) => eq(a, head))));
  if (!row || rest.length === 0) return row;
  return undefined;
}

function findInFields(fields: readonly Field[], path: readonly string[], fold: boolean): Field | undefined {
  const eq = (a: string, b: string): boolean => (fold ? a.toLowerCase() === b.toLowerCase() : a === b);
  let level: readonly Field[] = fields;
  let found: Field | undefined;
  for (const part of path) {
    found = level.find((f) => eq(f.name, part));
    if (!found) return undefined;
    level = found.fields ?? [];
  }
  return found;
}

/** Ties nested tables to their parents; returns the tree. */
export function buildFieldTree(nodes: readonly RootContent[], ctx: TableContext): FieldTree {
  const tables = collectFieldTables(nodes, ctx);
  const first = tables[0];
  if (!first) return { top: [], tables };
  const top = first.rows;
  const topFields = (): Field[] => top.filter((r) => !r.typeOnly).map((r) => r.field);
  for (let i = 1; i < tables.length; i++) {
    const t = tables[i] as SectionTable;
    const before = tables.slice(0, i).reverse();
    // "2. By poll element" after "1. By poll ID": another way to call, its params are top-level too.
    const anotherWay =
      t.heading !== undefined &&
      (first.heading === undefined ? isSectionWayHeading(t.heading) : isCallVariantHeading(first.heading) && isCallVariantHeading(t.heading));
    const parent = t.heading && !anotherWay ? tie(t.heading, before, topFields()) : undefined;
    // Another way to call, or a second table under the same heading: more top-level params.
    if (anotherWay || (!parent && (!t.heading || t.heading === first.heading || continuesTopLevel(t.heading)))) {
      for (const r of t.rows) if (!top.some((x) => x.field.name === r.field.name)) top.push(r);
    } else if (parent) {
      const target = targetOf(parent);
      attach(target === undefined ? undefined : (keyInside(t.heading as Heading, target) ?? target), t.rows);
      // `select` names the fields that the filter takes as keys: it keeps a copy of the table.
      const select = /^filter$/i.test(parent.field.name) && t.heading !== undefined ? selectLinking(t.heading, before, parent) : undefined;
      if (select !== undefined) attach(select.field, t.rows.map((r) => ({ ...r, field: structuredClone(r.field) })));
    } else {
      const sole = t.heading && describesFields(t.heading) ? soleOpenResult(top) : undefined;
      if (sole === undefined) {
        report(ctx, t.table, 'unlinked-nested-table', `nested table under "${headingText(t.heading as Heading)}" is tied to no parameter`);
        continue;
      }
      // A bare `array` of objects: the table gives its items' keys.
      if (isBareArray(sole.field.type)) sole.field.type = { ...arrayOfObjects, raw: sole.field.type.raw, ...linkOf(sole.field.type) };
      attach(targetOf(sole), t.rows);
    }
  }
  return { top, tables };
}

/**
 * "`result` — object with the values of the fields", then "Description of the fields" under its
 * own heading that names no row: when `result` is the one object of the top level and no table
 * gave its keys yet, a table whose heading speaks of fields can only be its keys.
 */
function soleOpenResult(top: readonly RowInfo[]): RowInfo | undefined {
  const objects = top.filter(
    (r) => !r.typeOnly && r.field.name !== 'time' && (['object', 'named', 'unknown', 'array'].includes(r.field.type.kind) || isBareArray(r.field.type)),
  );
  const [only] = objects;
  if (objects.length !== 1 || only === undefined || only.field.name !== 'result' || (only.field.fields?.length ?? 0) > 0) return undefined;
  const type = only.field.type;
  if (type.kind === 'object') return only;
  // A bare `array` says nothing of its items; "an array of objects" says they hold keys.
  if (isBareArray(type)) return /\bobjects\b/i.test(only.field.description) ? only : undefined;
  return type.kind === 'array' && (type.items === undefined || isBareObject(type.items)) ? only : undefined;
}

const arrayOfObjects: TypeRef = { raw: 'object[]', kind: 'array', items: { raw: 'object', kind: 'object', name: 'object' } };

function linkOf(t: TypeRef): Pick<TypeRef, 'link'> {
  return t.link === undefined ? {} : { link: t.link };
}

function describesFields(h: Heading): boolean {
  return /\bfields?\b|\bпол(?:я|ей)\b/i.test(headingText(h));
}

/** "Additional Parameters": a heading that adds more top-level params, not a param's own keys. */
export function continuesTopLevel(h: Heading): boolean {
  return /^(?:additional|optional|other|extra)\s+parameters$|^дополнительные\s+параметры$/i.test(headingText(h));
}

/**
 * Of several rows that link one table (`select`, `filter` and `order` all pointing at "the
 * fields below"), the one whose keys the table lists: the row the heading names (the `filter`
 * when it names several), else the `filter` (its keys are the fields; `select` lists names and
 * `order` takes directions), else the first.
 */
function pickLinkingRow(rows: readonly RowInfo[], h: Heading): RowInfo | undefined {
  if (rows.length < 2) return rows[0];
  const words = new Set(headingText(h).toLowerCase().split(/[^\p{L}\p{N}_]+/u));
  const named = rows.filter((r) => words.has(r.field.name.toLowerCase()));
  const filter = (list: readonly RowInfo[]): RowInfo | undefined => list.find((r) => /^filter$/i.test(r.field.name) && r.field.type.kind === 'object');
  // "Fields for select, order, filter": a heading that names several of them names the filter's keys too.
  if (named.length === 1) return named[0];
  return filter(named) ?? named[0] ?? filter(rows) ?? rows[0];
}

/**
 * "1. By …", "2) …", "Option 2: …", "Вариант 2", "Method Parameters for JS Command": one way to
 * call among several (see call-variants.ts). ("Parameters for …" alone heads a nested object.)
 */
export function isCallVariantHeading(h: Heading): boolean {
  return /^(?:\d+[.)]\s|(?:option|variant|вариант)\s+\d+\b)/i.test(headingText(h)) || isSectionWayHeading(h);
}

/**
 * "Method Parameters for IFRAME Application" after the section "Method Parameters for JS
 * Command": a way to call that has a parameter section of its own; the first way's table is the
 * one right under the section's (unseen) heading.
 */
export function isSectionWayHeading(h: Heading): boolean {
  return /^method\s+parameters\s+for\s/i.test(headingText(h));
}

function tie(h: Heading, before: readonly SectionTable[], topFields: readonly Field[]): RowInfo | undefined {
  const anchors = headingAnchors(h);
  for (const t of before) {
    const row = pickLinkingRow(
      t.rows.filter((r) => r.anchors.some((a) => anchors.includes(a))),
      h,
    );
    if (row) return row;
  }
  const candidates = headingNameCandidates(headingText(h));
  for (const fold of [false, true]) {
    for (const path of candidates) {
      if (path.length > 1) {
        const f = findInFields(topFields, path, fold);
        if (f) return rowOfField(before, f);
        continue;
      }
      for (const t of before) {
        const row = findByPath(t.rows, path, fold);
        if (row) return row;
      }
    }
  }
  // "Document Array Element" for the items of `documents`: a heading word in the singular.
  for (const path of candidates) {
    if (path.length !== 1) continue;
    for (const t of before) {
      const row = findByPath(t.rows, [`${path[0] as string}s`], true);
      if (row) return row;
    }
  }
  // A dotted heading whose head is not a top-level key: try its last part alone.
  for (const path of candidates) {
    if (path.length < 2) continue;
    const last = path[path.length - 1] as string;
    for (const t of before) {
      const row = findByPath(t.rows, [last], true);
      if (row) return row;
    }
  }
  return undefined;
}

/**
 * "Parameter createdWithin", linked from `filter`, whose description says to pass the
 * `createdWithin` object inside it: the table gives the keys of that key of the linking row, not
 * of the row itself. The heading must name one key, other than the row's (or its singular), that
 * the row's description mentions in code or bold outside a link (a link's text names the type it
 * leads to: "the value is the structure [`documentField`](#documentfield)"); the key becomes an
 * optional object child of the row (or is the child already there).
 */
function keyInside(h: Heading, owner: Field): Field | undefined {
  if (owner.type.kind !== 'object') return undefined;
  const name = headingNameCandidates(headingText(h)).find((p) => p.length === 1)?.[0];
  const own = owner.name.toLowerCase();
  if (name === undefined || name.toLowerCase() === own || `${name.toLowerCase()}s` === own) return undefined;
  const outsideLinks = owner.description.replace(/\[[^\]\n]*\]\([^)\s]*\)/g, '');
  if (!outsideLinks.includes(`\`${name}\``) && !outsideLinks.includes(`**${name}**`)) return undefined;
  const children = owner.fields ?? [];
  let child = children.find((f) => f.name === name);
  if (child === undefined) {
    child = { name, required: false, requiredMark: 'optional', type: { raw: 'object', kind: 'object', name: 'object' }, description: '' };
    children.push(child);
    owner.fields = children;
  }
  return child;
}

/** The `select` row that links the same heading as `picked`, when it is another row. */
function selectLinking(h: Heading, before: readonly SectionTable[], picked: RowInfo): RowInfo | undefined {
  const anchors = headingAnchors(h);
  for (const t of before) {
    const row = t.rows.find((r) => r !== picked && !r.typeOnly && /^select$/i.test(r.field.name) && r.anchors.some((a) => anchors.includes(a)));
    if (row !== undefined) return row;
  }
  return undefined;
}

function rowOfField(tables: readonly SectionTable[], f: Field): RowInfo | undefined {
  for (const t of tables) {
    const row = t.rows.find((r) => r.field === f);
    if (row) return row;
  }
  return undefined;
}
