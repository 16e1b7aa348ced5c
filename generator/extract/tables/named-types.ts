/**
 * Structures a page defines with a table under an anchored heading: every such table on
 * a data-types page, and on other pages the in-page objects that type cells link to
 * (`[`entity[]`](#entity)`). Id: "<page>#<anchor>".
 */
import { absoluteDocLinks, absoluteFieldLinks } from '../doc-links.js';
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import type { IrNamedType } from '../../ir/types.js';
import type { YfmTable } from '../../parse/yfm-nodes.js';
import { cellTokens } from './cell-tokens.js';
import type { TableContext } from './context.js';
import { extractFieldTable } from './field-table.js';
import { mergeElementRows, nestDottedNames, normalizeField } from './field-order.js';
import { liftAssociativeArrays, liftKeyPatterns } from './key-patterns.js';
import { headingAnchors, headingText } from './nesting.js';
import { headingNameCandidates } from './heading-names.js';
import { toMarkdown } from './markdown.js';
import { detectTableShape, logicalCells } from './table-shape.js';
import { extractValueTable } from './value-tables.js';
import { proseSectionType } from './prose-type.js';

/**
 * The docs' name of a type: the heading word that is also its explicit anchor
 * ("Description of a Single Field crm_rest_field_description {#crm_rest_field_description}"),
 * else the heading's most specific name candidate.
 */
export function typeNameOf(text: string, anchor: string): string {
  if (/^\w+$/.test(anchor) && new RegExp(`(?:^|[^\\w])${anchor}(?:$|[^\\w])`).test(text)) return anchor;
  return headingNameCandidates(text)[0]?.join('.') ?? text;
}

function flatten(nodes: readonly Nodes[]): Nodes[] {
  const out: Nodes[] = [];
  for (const n of nodes) {
    if (n.type === 'yfmInclude' || n.type === 'yfmTabs' || n.type === 'yfmTab' || n.type === 'yfmCut') out.push(...flatten(n.children as Nodes[]));
    else out.push(n);
  }
  return out;
}

/** In-page anchors that the first cells of field tables link to (type links). */
function typeLinkAnchors(nodes: readonly Nodes[]): Set<string> {
  const out = new Set<string>();
  for (const n of nodes) {
    if (n.type !== 'yfmTable' || !detectTableShape(n)) continue;
    for (const row of n.children) {
      const first = logicalCells(row.children)[0];
      if (!first) continue;
      for (const tok of cellTokens(first.children as RootContent[])) {
        if (tok.t !== 'strong' && tok.href?.startsWith('#')) out.add(tok.href.slice(1));
      }
    }
  }
  return out;
}

export function extractNamedTypes(tree: Root, source: string, ctx: TableContext): IrNamedType[] {
  const nodes = flatten(tree.children as Nodes[]);
  const dictionary = /(^|\/)(data-types|entities)\.md$/.test(ctx.file);
  const wanted = dictionary ? undefined : typeLinkAnchors(nodes);
  const out: IrNamedType[] = [];
  const seen = new Set<string>();
  const aliases: Alias[] = [];
  // Tables already read as parts of an enclosing structure ("Common fields" under "Bot").
  const parts = new Set<YfmTable>();
  const proseType = (h: Heading, anchor: string, at: number): IrNamedType | undefined => {
    const id = `${ctx.file}#${anchor}`;
    let end = at + 1;
    while (end < nodes.length && (nodes[end] as Nodes).type !== 'heading') end++;
    const section = nodes.slice(at + 1, end) as RootContent[];
    const alias = seen.has(id) ? undefined : proseSectionType(section);
    if (alias === undefined) return undefined;
    seen.add(id);
    const intro = section.filter((n) => n.type === 'paragraph');
    return { id, name: typeNameOf(headingText(h), anchor), description: absoluteDocLinks(describe(intro, source), ctx.file), fields: [], alias, source: ctx.file };
  };
  for (let i = 0; i < nodes.length; i++) {
    const h = nodes[i] as Nodes;
    if (h.type !== 'heading' || h.depth < 2) continue;
    const anchors = headingAnchors(h);
    const anchor = wanted ? anchors.find((a) => wanted.has(a)) : anchors[0];
    if (anchor === undefined) {
      // Other pages may link a type this page tells in prose (`field-types.md#textwithtranslation`).
      const prose = anchors[0] === undefined ? undefined : proseType(h as Heading, anchors[0], i);
      if (prose !== undefined) out.push(prose);
      continue;
    }
    const section = sectionOf(nodes, i, (h as Heading).depth, wanted !== undefined);
    const { intro, table, other } = section;
    if (table !== undefined && parts.has(table)) continue;
    // Not a field table: the anchor may still name a set of values (language ids, activity enums).
    const valueTable = other === undefined ? undefined : extractValueTable(other);
    if (valueTable !== undefined) {
      const id = `${ctx.file}#${anchor}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const text = headingText(h);
      const name = typeNameOf(text, anchor);
      out.push({ id, name, description: absoluteDocLinks(describe(intro, source), ctx.file), fields: [], ...valueTable, source: ctx.file });
      continue;
    }
    const tables = table ? [table] : section.parts;
    section.parts.forEach((t) => parts.add(t));
    if (tables.length === 0) {
      const prose = proseType(h as Heading, anchor, i);
      if (prose !== undefined) {
        out.push(prose);
        continue;
      }
      const alias = aliasTarget(intro);
      if (alias !== undefined) aliases.push({ heading: h as Heading, anchor, intro, target: alias });
      continue;
    }
    const id = `${ctx.file}#${anchor}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const rows = tables.flatMap((t) => {
      const shape = detectTableShape(t);
      return shape ? extractFieldTable(t, shape, ctx).filter((r) => !r.typeOnly) : [];
    });
    const text = headingText(h);
    const name = typeNameOf(text, anchor);
    const { fields, keyPatterns } = liftKeyPatterns(mergeElementRows(nestDottedNames(rows.map((r) => r.field))).map(normalizeField));
    liftAssociativeArrays(fields);
    absoluteFieldLinks(fields, ctx.file);
    out.push({ id, name, description: absoluteDocLinks(describe(intro, source), ctx.file), fields, ...(keyPatterns.length > 0 ? { keyPatterns } : {}), source: ctx.file });
  }
  if (!dictionary) {
    const whole = pageStructure(nodes, source, ctx);
    if (whole !== undefined && !seen.has(whole.id)) out.push(whole);
  }
  for (const alias of aliases) {
    const id = `${ctx.file}#${alias.anchor}`;
    const target = out.find((t) => t.id === `${ctx.file}#${alias.target}`);
    if (seen.has(id) || target === undefined || target.fields.length === 0) continue;
    seen.add(id);
    const { id: _id, name: _name, description: _description, ...shape } = target;
    out.push({ id, name: typeNameOf(headingText(alias.heading), alias.anchor), description: absoluteDocLinks(describe(alias.intro, source), ctx.file), ...shape });
  }
  return out;
}

/**
 * A page that describes one structure as a whole (`structure/layout.md`: "## Parameters of the
 * `LayoutDto` object" over a field table), which type cells link without an anchor. The page's
 * first section heading must name it in code and hold the table; id: the page's path.
 */
function pageStructure(nodes: readonly Nodes[], source: string, ctx: TableContext): IrNamedType | undefined {
  const at = nodes.findIndex((n) => n.type === 'heading' && n.depth >= 2);
  const heading = nodes[at];
  if (heading === undefined || heading.type !== 'heading') return undefined;
  const code = heading.children.find((c) => c.type === 'inlineCode');
  if (code === undefined || !/^[A-Za-z_]\w*$/.test(code.value)) return undefined;
  const { intro, table } = sectionOf(nodes, at, heading.depth);
  const shape = table === undefined ? undefined : detectTableShape(table);
  if (table === undefined || !shape) return undefined;
  const rows = extractFieldTable(table, shape, ctx).filter((r) => !r.typeOnly);
  const { fields, keyPatterns } = liftKeyPatterns(mergeElementRows(nestDottedNames(rows.map((r) => r.field))).map(normalizeField));
  if (fields.length === 0) return undefined;
  liftAssociativeArrays(fields);
  absoluteFieldLinks(fields, ctx.file);
  const description = absoluteDocLinks(describe(intro, source), ctx.file);
  return { id: ctx.file, name: code.value, description, fields, ...(keyPatterns.length > 0 ? { keyPatterns } : {}), source: ctx.file };
}

/** A heading with no table whose text only points at another structure of the page ("see [x](#x)"). */
interface Alias {
  heading: Heading;
  anchor: string;
  intro: RootContent[];
  target: string;
}

interface Section {
  intro: RootContent[];
  /** The field table right under the heading. */
  table?: YfmTable;
  /** A table right under the heading that is not a field table (values, enumerations). */
  other?: YfmTable;
  /**
   * Field tables of sub-sections without anchors of their own ("Common fields", "Fields for
   * the owner"), when the heading has no table of its own: one structure told in parts.
   */
  parts: YfmTable[];
}

function sectionOf(nodes: readonly Nodes[], at: number, depth: number, linked = false): Section {
  const intro: RootContent[] = [];
  const parts: YfmTable[] = [];
  let j = at + 1;
  for (; j < nodes.length; j++) {
    const n = nodes[j] as Nodes;
    if (n.type === 'heading') break;
    if (n.type === 'yfmTable') return detectTableShape(n) ? { intro, table: n, parts } : { intro, other: n, parts };
    if (n.type === 'paragraph') intro.push(n);
  }
  // Only a heading with an anchor of its own, or one a type cell of the page links to, is told in
  // parts, and only by sub-headings that read as prose ("Common fields"), not as type names: on a
  // dictionary page a plain parent heading over `### catalog_product`, `### catalog_store` … is a
  // list of structures, not one.
  if (!linked && !(nodes[at] as Heading).data?.id) return { intro, parts };
  for (; j < nodes.length; j++) {
    const n = nodes[j] as Nodes;
    if (n.type === 'heading' && (n.depth <= depth || n.data?.id !== undefined || !/\s/.test(headingText(n).trim()))) break;
    if (n.type === 'yfmTable' && detectTableShape(n)) parts.push(n);
  }
  return { intro, parts };
}

/** The in-page anchor an intro without a table refers to, when it holds exactly one link, to `#anchor`. */
function aliasTarget(intro: readonly RootContent[]): string | undefined {
  const links: string[] = [];
  const visit = (n: Nodes): void => {
    if (n.type === 'link') links.push(n.url);
    if ('children' in n) for (const c of n.children as Nodes[]) visit(c);
  };
  intro.forEach((n) => visit(n as Nodes));
  const [only] = links;
  return links.length === 1 && only !== undefined && /^#[\w-]+$/.test(only) ? only.slice(1) : undefined;
}

/** The intro paragraphs as written when the page source is at hand, else re-printed. */
function describe(intro: readonly RootContent[], source: string): string {
  const first = intro[0]?.position?.start.offset;
  const last = intro[intro.length - 1]?.position?.end.offset;
  if (source !== '' && first !== undefined && last !== undefined && last <= source.length) return source.slice(first, last).trim();
  return toMarkdown(intro);
}
