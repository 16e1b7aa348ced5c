/**
 * Splits a page into its H1, its introduction and its H2 sections, and gives each section
 * a role. Structure decides first, so that a translated tree reads like the English one: the
 * boilerplate includes a section pulls in (required.md, examples.md, error-info.md,
 * system-errors.md), a cURL tab, a JSON body with "result" or "error", an error table, a
 * parameter table right after the heading (and the anchor a parameter row links to), a list
 * of page links. When the structure is silent or points two ways, the heading's words (EN
 * and RU vocabulary) decide.
 */
import type { Code, Heading, Root, RootContent } from 'mdast';
import type { YfmTable } from '../parse/yfm-nodes.js';
import { isErrorTable } from './error-tables.js';
import { flattenIncludes } from './flatten-includes.js';
import type { BoilerplateInclude } from './flatten-includes.js';
import { foldHomoglyphs } from './homoglyphs.js';
import { flatText } from './mdast-text.js';
import { headingSlug } from './tables/heading-names.js';

export type SectionRole = 'params' | 'examples' | 'response' | 'errors' | 'seeAlso' | 'other';

export interface PageSection {
  heading: Heading;
  title: string;
  role: SectionRole;
  /** The nodes after the heading, up to the next H2 (includes flattened). */
  nodes: RootContent[];
}

export interface PageLayout {
  h1?: Heading;
  intro: RootContent[];
  sections: PageSection[];
  boilerplate: BoilerplateInclude[];
}

const VOCABULARY: ReadonlyArray<[RegExp, SectionRole]> = [
  [/^(continue\b|see also|read also|смотрите также|см\. также|продолжите изучение|продолжите)/, 'seeAlso'],
  [/^(error handling|possible error|possible errors|errors?$|обработка ошибок|возможные коды ошибок|возможные ошибки|ошибки)/, 'errors'],
  [/^(response handling|response on success|successful response|returned data|returned fields|returned values|fields returned|result\b|response\b|обработка ответа|возвращаемые данные|ответ в случае успеха|успешный ответ|результат)/, 'response'],
  [/^(code examples?|examples?$|some practical examples|specific examples|примеры? кода|примеры?$)/, 'examples'],
  [/^(method parameters|parameters?\b|fields? parameters?|\S+ parameters?$|параметры метода|параметры|параметр(\s|$))/, 'params'],
];

/** The role a heading's words suggest, if any. */
export function roleFromHeading(title: string): SectionRole | undefined {
  const t = foldHomoglyphs(title).toLowerCase().replace(/[`:]/g, '').replace(/\s+/g, ' ').trim();
  return VOCABULARY.find(([re]) => re.test(t))?.[1];
}

const PARAM_HEADER = /^(name|field|parameter|key|value|title|название|поле|параметр|ключ|значение)(?![\p{L}\p{N}])/iu;

/** A table whose first row reads like `**Name**⏎`type` | **Description**`. */
export function isParamTable(table: YfmTable): boolean {
  const header = table.children[0];
  if (!header || header.children.length < 2 || isErrorTable(table)) return false;
  const first = foldHomoglyphs(flatText(header.children[0]!));
  const rest = header.children.slice(1).map((c) => foldHomoglyphs(flatText(c)).toLowerCase());
  return PARAM_HEADER.test(first) && rest.some((r) => /description|описание/.test(r));
}

function hasCurl(nodes: readonly RootContent[]): boolean {
  return someNode(nodes, (n) =>
    (n.type === 'yfmTab' && /curl/i.test(n.label))
    || (n.type === 'code' && /\bcurl\b/.test(n.value) && /\/rest\//.test(n.value)));
}

function isJsonFence(n: RootContent): n is Code {
  return n.type === 'code' && (/^json/i.test(n.lang ?? '') || ((n.lang ?? '') === '' && /^\s*[{[]/.test(n.value)));
}

function hasResultJson(nodes: readonly RootContent[]): boolean {
  return nodes.some((n) => isJsonFence(n) && /"result"\s*:/.test(n.value));
}

function hasErrorEvidence(nodes: readonly RootContent[]): boolean {
  return someNode(nodes, (n) => n.type === 'yfmTable' && isErrorTable(n))
    || nodes.some((n) => isJsonFence(n) && /"error"\s*:/.test(n.value) && !/"result"\s*:/.test(n.value));
}

/** Whether the first table or block of content after the heading is a parameter table. */
function startsWithParamTable(nodes: readonly RootContent[]): boolean {
  for (const n of nodes) {
    if (n.type === 'yfmTable') return isParamTable(n);
    if (n.type === 'heading' || n.type === 'code' || n.type === 'yfmTabs') return false;
  }
  return false;
}

/** A section that is only lists of page links: "Continue Learning" in any language. */
function isLinkList(nodes: readonly RootContent[]): boolean {
  const lists = nodes.filter((n) => n.type === 'list');
  if (lists.length === 0 || lists.length !== nodes.length) return false;
  return lists.every((l) => l.type === 'list' && l.children.length > 0 && l.children.every((item) => {
    const blocks = item.children;
    if (blocks.length !== 1 || blocks[0]!.type !== 'paragraph') return false;
    const inline = blocks[0]!.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    return inline.length === 1 && inline[0]!.type === 'link' && !inline[0]!.url.startsWith('#');
  }));
}

function someNode(nodes: readonly RootContent[], test: (n: RootContent) => boolean): boolean {
  for (const n of nodes) {
    if (test(n)) return true;
    // Do not look into table cells: cells hold examples of other things.
    if (n.type !== 'yfmTable' && 'children' in n && someNode(n.children as RootContent[], test)) return true;
  }
  return false;
}

/** In-page anchors (`#fields`) that the nodes link to, table cells included. */
function linkedAnchors(nodes: readonly RootContent[], into: Set<string>): void {
  for (const n of nodes) {
    if (n.type === 'link' && n.url.startsWith('#') && n.url.length > 1) into.add(n.url.slice(1));
    if ('children' in n) linkedAnchors(n.children as RootContent[], into);
  }
}

function anchorsOf(heading: Heading | undefined, title: string): string[] {
  const out: string[] = [];
  if (heading?.data?.id) out.push(heading.data.id);
  const slug = headingSlug(title);
  if (slug !== '') out.push(slug);
  return out;
}

const BOILERPLATE_ROLE: Readonly<Record<BoilerplateInclude, SectionRole>> = {
  required: 'params',
  examples: 'examples',
  'error-info': 'errors',
  'error-info-v3': 'errors',
  'system-errors': 'errors',
};

/** What the page around a section tells about it. */
export interface SectionContext {
  /** Roles of the sections before this one. */
  seen: ReadonlySet<SectionRole>;
  heading?: Heading;
  /** Boilerplate fragments this section includes. */
  boilerplate?: readonly BoilerplateInclude[];
  /** Anchors that rows of earlier parameter sections link to. */
  paramAnchors?: ReadonlySet<string>;
}

/**
 * The roles the section's structure points to; empty when it says nothing. `weak` signals
 * (the required-parameters note, which upstream also drops into other sections, and a bare
 * list of links) only count when neither the strong ones nor the heading say anything.
 */
export function structuralRoles(title: string, nodes: readonly RootContent[], ctx: SectionContext, strength: 'strong' | 'weak' = 'strong'): Set<SectionRole> {
  const roles = new Set<SectionRole>();
  if (strength === 'weak') {
    if (ctx.boilerplate?.includes('required')) roles.add('params');
    else if (isLinkList(nodes)) roles.add('seeAlso');
    return roles;
  }
  for (const b of ctx.boilerplate ?? []) if (b !== 'required') roles.add(BOILERPLATE_ROLE[b]);
  if (hasCurl(nodes)) roles.add('examples');
  if (hasResultJson(nodes)) roles.add('response');
  if (hasErrorEvidence(nodes)) roles.add('errors');
  if (startsWithParamTable(nodes)) {
    const seen = ctx.seen;
    if (anchorsOf(ctx.heading, title).some((a) => ctx.paramAnchors?.has(a))) roles.add('params');
    else if (seen.has('examples') || seen.has('response')) roles.add('response');
    // "## Parameter fields" after the parameters, or "## Fields" returned by an old page: the
    // table alone cannot tell.
    else if (seen.has('params')) roles.add('response').add('params');
    else roles.add('params');
  }
  return roles;
}

/** When the structure points several ways and the heading is unknown: the old precedence. */
const PRECEDENCE: readonly SectionRole[] = ['examples', 'response', 'errors', 'params', 'seeAlso'];

export function sectionRole(title: string, nodes: readonly RootContent[], seen: ReadonlySet<SectionRole>, context: Omit<SectionContext, 'seen'> = {}): SectionRole {
  const evidence = structuralRoles(title, nodes, { ...context, seen });
  if (evidence.size === 1) return [...evidence][0]!;
  // Several signals (an error example shaped like a batch "result", an enum "Code |
  // Description" table or a cURL call under the parameters) or none: the heading's words
  // settle it. On method pages of the 2026-08 snapshot (7963 sections) no single-signal
  // section contradicts a known heading; in 2026-05 two do ("Response on Error" holding the
  // error table), and there the structure is right.
  const byWords = roleFromHeading(title);
  if (byWords !== undefined) return byWords;
  if (evidence.size === 0) {
    const weak = structuralRoles(title, nodes, { ...context, seen }, 'weak');
    return weak.size === 1 ? [...weak][0]! : 'other';
  }
  return PRECEDENCE.find((r) => evidence.has(r)) ?? 'other';
}

export function splitPage(tree: Root): PageLayout {
  const layout: PageLayout = { intro: [], sections: [], boilerplate: [] };
  let current: { heading: Heading; nodes: RootContent[]; boilerplate: BoilerplateInclude[] } | undefined;
  const raw: Array<{ heading: Heading; nodes: RootContent[]; boilerplate: BoilerplateInclude[] }> = [];
  // Flattened one top-level node at a time, so that each boilerplate include is known to
  // belong to the section it sits in.
  for (const top of tree.children) {
    const flat = flattenIncludes([top]);
    for (const kind of flat.boilerplate) {
      if (!layout.boilerplate.includes(kind)) layout.boilerplate.push(kind);
      if (current && !current.boilerplate.includes(kind)) current.boilerplate.push(kind);
    }
    for (const node of flat.nodes) {
      if (node.type === 'heading' && node.depth === 1 && !layout.h1) {
        layout.h1 = node;
        continue;
      }
      if (node.type === 'heading' && node.depth === 2) {
        current = { heading: node, nodes: [], boilerplate: [] };
        raw.push(current);
        continue;
      }
      if (current) current.nodes.push(node);
      else layout.intro.push(node);
    }
  }
  const seen = new Set<SectionRole>();
  const paramAnchors = new Set<string>();
  for (const s of raw) {
    const title = flatText(s.heading);
    const role = sectionRole(title, s.nodes, seen, { heading: s.heading, boilerplate: s.boilerplate, paramAnchors });
    seen.add(role);
    if (role === 'params') linkedAnchors(s.nodes, paramAnchors);
    layout.sections.push({ heading: s.heading, title, role, nodes: s.nodes });
  }
  return layout;
}

/**
 * The nodes of every section with a role, in page order. Headings of the second and later
 * sections are kept, so that "## Parameter fields" still introduces its nested table.
 */
export function sectionNodes(layout: PageLayout, role: SectionRole): RootContent[] {
  const out: RootContent[] = [];
  let first = true;
  for (const s of layout.sections) {
    if (s.role !== role) continue;
    if (!first) out.push(s.heading);
    out.push(...s.nodes);
    first = false;
  }
  return out;
}

/** The texts of the H2 headings: for classification. */
export function h2Titles(tree: Root): string[] {
  return tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth === 2).map((n) => flatText(n));
}
