/**
 * One method page → IrMethod. Every finding lands in the method's `diagnostics`; the only
 * thing left to the pipeline is `key` (it needs the whole tree to see classic/v3 pairs)
 * and names of replacement pages.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import type { ApiVersion, Diagnostic, Field, IrMethod, KeyPattern, TypeRef } from '../ir/types.js';
import { absoluteDocLinks, absoluteFieldLinks, absolutePatternLinks } from './doc-links.js';
import { extractErrors } from './error-tables.js';
import { extractExamples } from './examples.js';
import { sourceFileOf } from './flatten-includes.js';
import { extractDeprecation } from './deprecation.js';
import { flatText, markdownOf } from './mdast-text.js';
import { curlCalls, identifyMethod, nameFromProse } from './method-identity.js';
import { docsUrlOf, extractAccess, extractDescription, extractScopes, sectionOf } from './page-meta.js';
import type { PageLayout } from './page-sections.js';
import { isParamTable, sectionNodes, splitPage } from './page-sections.js';
import { resolveLink } from './resolve-link.js';
import { extractSeeAlso } from './see-also.js';
import type { TableContext } from './tables/index.js';
import { extractParamSection, extractResultSection } from './tables/index.js';
import { normalizeField } from './tables/field-order.js';
import { refineFromRequests, refineSelectLists } from './tables/request-refine.js';
import { refineWrittenTypes } from './tables/list-params.js';
import { liftAssociativeArrays, liftIdMaps, liftKeyPatterns } from './tables/key-patterns.js';
import { liftNotedOneOf, liftRequiredOneOf } from './tables/required-one-of.js';
import { applyCallVariants, extractCallVariants } from './tables/call-variants.js';
import { paramsFromExamples } from './tables/params-from-example.js';
import { typeFieldDescriptors } from './tables/field-descriptors.js';
import { isPlainObject as isRecord, refineKeyPatterns } from './tables/example-refine.js';
import { markConditionalFields, markConditionalParams, markFieldsSomeItemsLack } from './tables/conditional-presence.js';
import { addListedKeys } from './tables/listed-keys.js';
import { liftFilterPrefixes } from './tables/filter-prefixes.js';
import { notesParamOrder } from './param-order-note.js';

export interface MethodPage {
  /** Docs-relative path. */
  source: string;
  /** The page's Markdown, for slicing descriptions. */
  text: string;
  tree: Root;
}

/** The table stage, injectable for tests. */
export interface TableExtractors {
  extractParamSection(nodes: RootContent[], ctx: TableContext): Field[];
  extractResultSection(nodes: RootContent[], responseExample: unknown, ctx: TableContext): { result: Field[]; resultType: TypeRef; responseExtras: Field[]; resultKeyPatterns?: KeyPattern[] };
}

export const defaultTables: TableExtractors = { extractParamSection, extractResultSection };

const UNKNOWN_TYPE: TypeRef = { raw: '', kind: 'unknown' };

/** Maps every node that came from an included fragment to the fragment's file. */
function fileIndex(layout: PageLayout, pageFile: string): (node: Node) => string {
  const files = new WeakMap<Node, string>();
  const mark = (node: Nodes, file: string): void => {
    files.set(node, file);
    if ('children' in node) for (const c of node.children as Nodes[]) mark(c, file);
  };
  const all = [...layout.intro, ...layout.sections.flatMap((s) => s.nodes)];
  for (const n of all) {
    const file = sourceFileOf(n, pageFile);
    if (file !== pageFile) mark(n as Nodes, file);
  }
  return (node) => files.get(node) ?? pageFile;
}

/** The Markdown of the notes and paragraphs of a section (at any depth, inside tabs and cuts too). */
function sectionProse(nodes: readonly RootContent[], text: string): string[] {
  const out: string[] = [];
  const walk = (list: readonly Nodes[]): void => {
    for (const n of list) {
      if (n.type === 'yfmNote') out.push(markdownOf(n.children as RootContent[], text));
      else if (n.type === 'paragraph') out.push(markdownOf([n], text));
      else if (n.type === 'yfmTabs' || n.type === 'yfmTab' || n.type === 'yfmCut') walk(n.children as Nodes[]);
    }
  };
  walk(nodes as Nodes[]);
  return out;
}

/** Old-format pages put the parameter table right after the intro, with no H2. */
function paramNodesOf(layout: PageLayout): RootContent[] {
  const nodes = sectionNodes(layout, 'params');
  if (nodes.length > 0) return nodes;
  const at = layout.intro.findIndex((n) => n.type === 'yfmTable' && isParamTable(n));
  return at >= 0 ? layout.intro.slice(at) : [];
}

function fileStemName(source: string): string {
  const base = source.split('/').pop() ?? source;
  return base.replace(/\.md$/, '').replace(/-/g, '.');
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const k = (d: Diagnostic): string => `${d.file}\u0000${String(d.line).padStart(6, '0')}\u0000${String(d.column).padStart(6, '0')}\u0000${d.code}\u0000${d.message}`;
  const x = k(a);
  const y = k(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort(compareDiagnostics);
}

export function extractMethod(page: MethodPage, tables: TableExtractors = defaultTables): IrMethod {
  const { source, text, tree } = page;
  const diagnostics: Diagnostic[] = [];
  const layout = splitPage(tree);
  const h1Pos = layout.h1?.position?.start;
  const at = (line = h1Pos?.line ?? 1, column = h1Pos?.column ?? 1): Pick<Diagnostic, 'file' | 'line' | 'column'> => ({ file: source, line, column });

  const title = layout.h1 ? flatText(layout.h1) : '';
  const calls = curlCalls(tree.children);
  const identity = identifyMethod(title, calls[0]?.name, nameFromProse(layout.intro), source);
  let name = identity.name;
  if (identity.mismatch) diagnostics.push({ ...at(), severity: 'warning', code: 'method-name-mismatch', message: identity.mismatch });
  if (name === undefined) {
    name = fileStemName(source);
    diagnostics.push({ ...at(), severity: 'error', code: 'method-name-missing', message: `no method name in the H1 or a cURL example; guessed ${name} from the file name` });
  }
  const v3 = calls.some((c) => c.apiVersion === 'v3' && c.name === name) || layout.boilerplate.includes('error-info-v3');
  const apiVersion: ApiVersion = v3 ? 'v3' : 'v2';

  const access = extractAccess(layout.intro);
  const deprecated = extractDeprecation(layout.intro, source, text);
  const ctx: TableContext = { file: source, resolveLink, diagnostics, fileOf: fileIndex(layout, source) };

  const paramNodes = paramNodesOf(layout);
  let params: Field[] = [];
  let paramsRead = true;
  try {
    params = tables.extractParamSection(paramNodes, ctx);
  } catch (error) {
    paramsRead = false;
    diagnostics.push({ ...at(), severity: 'error', code: 'params-failed', message: `parameter tables could not be read: ${String(error)}` });
  }
  const examples = extractExamples(layout, source, diagnostics, name);
  if (paramsRead && params.length === 0) params = paramsFromExamples(examples.request, examples.requestPosition, examples.moreRequests ?? [], diagnostics);
  refineWrittenTypes(params);
  const paramProse = sectionProse(paramNodes, text);
  const byPosition = params.length > 0 && notesParamOrder([...sectionProse(layout.intro, text), ...paramProse]);
  refineFromRequests(params, examples, byPosition);
  params = params.map(normalizeField);
  const liftedParams = liftKeyPatterns(params);
  params = liftedParams.fields;
  const requiredOneOf = liftRequiredOneOf(params);
  requiredOneOf.push(...liftNotedOneOf(params, paramProse, requiredOneOf));
  const paramSets = applyCallVariants(params, extractCallVariants(paramNodes, ctx));
  markConditionalParams(params);
  addListedKeys(params);
  refineSelectLists(params);
  liftFilterPrefixes(params);
  let result: Field[] = [];
  let resultType: TypeRef = UNKNOWN_TYPE;
  let responseExtras: Field[] = [];
  let resultMap: KeyPattern[] = [];
  try {
    const section = tables.extractResultSection(sectionNodes(layout, 'response'), examples.response, ctx);
    ({ result, resultType, responseExtras } = section);
    resultMap = section.resultKeyPatterns ?? [];
  } catch (error) {
    diagnostics.push({ ...at(), severity: 'error', code: 'result-failed', message: `result tables could not be read: ${String(error)}` });
  }
  const liftedResult = liftKeyPatterns(result);
  result = liftedResult.fields;
  liftedResult.keyPatterns.push(...resultMap);
  refineKeyPatterns(liftedResult.keyPatterns, result, isRecord(examples.response) ? examples.response['result'] : undefined);
  liftIdMaps(params);
  liftIdMaps(result);
  liftAssociativeArrays(params);
  liftAssociativeArrays(result);
  typeFieldDescriptors(name, source, result, examples.response);
  markConditionalFields([...result, ...liftedResult.keyPatterns.flatMap((k) => k.fields ?? [])]);
  if (examples.responseElided !== true && isRecord(examples.response)) markFieldsSomeItemsLack(result, examples.response['result']);
  const errors = extractErrors(sectionNodes(layout, 'errors'), source, diagnostics);
  const seeAlso = extractSeeAlso(sectionNodes(layout, 'seeAlso'), source);

  // Descriptions keep their Markdown; only link targets become absolute online-docs URLs.
  absoluteFieldLinks(params, source);
  absoluteFieldLinks(result, source);
  absoluteFieldLinks(responseExtras, source);
  absolutePatternLinks(liftedParams.keyPatterns, source);
  absolutePatternLinks(liftedResult.keyPatterns, source);
  for (const e of errors) e.description = absoluteDocLinks(e.description, e.position?.file ?? source);

  const method: IrMethod = {
    name,
    apiVersion,
    key: name,
    source,
    docsUrl: docsUrlOf(source),
    title,
    section: sectionOf(source),
    scope: extractScopes(layout.intro),
    ...(access !== undefined ? { access } : {}),
    description: absoluteDocLinks(extractDescription(layout.intro, text), source),
    ...(deprecated ? { deprecated } : {}),
    params,
    ...(liftedParams.keyPatterns.length > 0 ? { keyPatterns: liftedParams.keyPatterns } : {}),
    ...(requiredOneOf.length > 0 ? { requiredOneOf } : {}),
    ...(paramSets.length > 0 ? { paramSets } : {}),
    ...(byPosition ? { paramsByPosition: true as const } : {}),
    result,
    ...(liftedResult.keyPatterns.length > 0 ? { resultKeyPatterns: liftedResult.keyPatterns } : {}),
    resultType,
    ...(responseExtras.length > 0 ? { responseExtras } : {}),
    errors,
    examples,
    seeAlso,
    diagnostics: sortDiagnostics(diagnostics),
  };
  return method;
}
