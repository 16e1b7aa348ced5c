/**
 * Splits a page into its H1, its introduction and its H2 sections, and gives each section
 * a role. A heading from the known vocabulary (EN variants and RU) decides; otherwise the
 * structure does (a cURL tab, a JSON body with "result", an error table, a parameter table
 * right after the heading).
 */
import type { Code, Heading, Root, RootContent } from 'mdast';
import type { YfmTable } from '../parse/yfm-nodes.js';
import { isErrorTable } from './error-tables.js';
import { flattenIncludes } from './flatten-includes.js';
import type { BoilerplateInclude } from './flatten-includes.js';
import { flatText } from './mdast-text.js';

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
  const t = title.toLowerCase().replace(/[`:]/g, '').replace(/\s+/g, ' ').trim();
  return VOCABULARY.find(([re]) => re.test(t))?.[1];
}

const PARAM_HEADER = /^(name|field|parameter|key|value|title|название|поле|параметр|ключ|значение)(?![\p{L}\p{N}])/iu;

/** A table whose first row reads like `**Name**⏎`type` | **Description**`. */
export function isParamTable(table: YfmTable): boolean {
  const header = table.children[0];
  if (!header || header.children.length < 2 || isErrorTable(table)) return false;
  const first = flatText(header.children[0]!);
  const rest = header.children.slice(1).map((c) => flatText(c).toLowerCase());
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

function someNode(nodes: readonly RootContent[], test: (n: RootContent) => boolean): boolean {
  for (const n of nodes) {
    if (test(n)) return true;
    // Do not look into table cells: cells hold examples of other things.
    if (n.type !== 'yfmTable' && 'children' in n && someNode(n.children as RootContent[], test)) return true;
  }
  return false;
}

export function sectionRole(title: string, nodes: readonly RootContent[], seen: ReadonlySet<SectionRole>): SectionRole {
  const byWords = roleFromHeading(title);
  // A known heading wins over structure: over the 2026-08 corpus, structure alone misread 10
  // canonical sections (an error example shaped like a batch "result", a "Code | Description"
  // enum table or a cURL example under Method Parameters) and the known headings misread none.
  if (byWords !== undefined) return byWords;
  if (hasCurl(nodes)) return 'examples';
  if (hasResultJson(nodes)) return 'response';
  if (hasErrorEvidence(nodes)) return 'errors';
  if (startsWithParamTable(nodes)) {
    return seen.has('examples') || seen.has('response') || seen.has('params') ? 'response' : 'params';
  }
  return 'other';
}

export function splitPage(tree: Root): PageLayout {
  const flat = flattenIncludes(tree.children);
  const layout: PageLayout = { intro: [], sections: [], boilerplate: flat.boilerplate };
  let current: { heading: Heading; nodes: RootContent[] } | undefined;
  const raw: Array<{ heading: Heading; nodes: RootContent[] }> = [];
  for (const node of flat.nodes) {
    if (node.type === 'heading' && node.depth === 1 && !layout.h1) {
      layout.h1 = node;
      continue;
    }
    if (node.type === 'heading' && node.depth === 2) {
      current = { heading: node, nodes: [] };
      raw.push(current);
      continue;
    }
    if (current) current.nodes.push(node);
    else layout.intro.push(node);
  }
  const seen = new Set<SectionRole>();
  for (const s of raw) {
    const title = flatText(s.heading);
    const role = sectionRole(title, s.nodes, seen);
    seen.add(role);
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
