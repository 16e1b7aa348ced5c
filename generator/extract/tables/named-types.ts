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
import { liftKeyPatterns } from './key-patterns.js';
import { headingAnchors, headingText } from './nesting.js';
import { headingNameCandidates } from './heading-names.js';
import { toMarkdown } from './markdown.js';
import { detectTableShape, logicalCells } from './table-shape.js';
import { extractValueTable } from './value-tables.js';

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
  for (let i = 0; i < nodes.length; i++) {
    const h = nodes[i] as Nodes;
    if (h.type !== 'heading' || h.depth < 2) continue;
    const anchors = headingAnchors(h);
    const anchor = wanted ? anchors.find((a) => wanted.has(a)) : anchors[0];
    if (anchor === undefined) continue;
    const intro: RootContent[] = [];
    let table: YfmTable | undefined;
    let other: YfmTable | undefined;
    for (let j = i + 1; j < nodes.length; j++) {
      const n = nodes[j] as Nodes;
      if (n.type === 'heading' && n.depth <= (h as Heading).depth) break;
      if (n.type === 'heading') break;
      if (n.type === 'yfmTable') {
        if (detectTableShape(n)) table = n;
        else other = n;
        break;
      }
      if (n.type === 'paragraph') intro.push(n);
    }
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
    if (!table) continue;
    const shape = detectTableShape(table);
    if (!shape) continue;
    const id = `${ctx.file}#${anchor}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const rows = extractFieldTable(table, shape, ctx).filter((r) => !r.typeOnly);
    const text = headingText(h);
    const name = typeNameOf(text, anchor);
    const { fields, keyPatterns } = liftKeyPatterns(mergeElementRows(nestDottedNames(rows.map((r) => r.field))).map(normalizeField));
    absoluteFieldLinks(fields, ctx.file);
    out.push({ id, name, description: absoluteDocLinks(describe(intro, source), ctx.file), fields, ...(keyPatterns.length > 0 ? { keyPatterns } : {}), source: ctx.file });
  }
  return out;
}

/** The intro paragraphs as written when the page source is at hand, else re-printed. */
function describe(intro: readonly RootContent[], source: string): string {
  const first = intro[0]?.position?.start.offset;
  const last = intro[intro.length - 1]?.position?.end.offset;
  if (source !== '' && first !== undefined && last !== undefined && last <= source.length) return source.slice(first, last).trim();
  return toMarkdown(intro);
}
