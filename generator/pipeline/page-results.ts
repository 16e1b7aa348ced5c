/**
 * The page stage of the IR build: one api-reference page → what it adds to the IR before the
 * cross-page passes (its outcome), the structures it defines, and what the cross-page passes
 * read of it (its projection). Runs on this thread or in a page worker alike.
 */
import type { Root, RootContent } from 'mdast';
import type { ApiVersion, Diagnostic, IrMethod, IrNamedType, PageSummary } from '../ir/types.js';
import { classifyPage, eventNameOf, pageFacts } from '../extract/classify.js';
import type { PageClass } from '../extract/classify.js';
import { extractMethod, sortDiagnostics } from '../extract/extract-method.js';
import type { TableExtractors } from '../extract/extract-method.js';
import { resolveLink } from '../extract/resolve-link.js';
import { extractNamedTypes } from '../extract/tables/index.js';
import { compareCodeUnits } from '../compare-code-units.js';
import type { DocsReader } from '../load/index.js';
import { parsePage } from '../parse/index.js';
import type { IncludeCache } from '../parse/index.js';
import { methodTypeLinkedPages } from './type-links.js';

/** What one api-reference page adds to the IR, before the cross-page passes. */
export interface PageOutcome {
  summary: PageSummary;
  method?: IrMethod;
  /** The page's H1, for see-also titles. */
  title?: string;
  /** Named types are looked for on this page. */
  typeCandidate?: boolean;
  /** Findings that go to the document's list (deduplicated there), in the order found. */
  diagnostics: Diagnostic[];
}

export interface NamedTypesOutcome {
  types: IrNamedType[];
  diagnostics: Diagnostic[];
}

/** A result and the docs files (page and includes) it was made from. */
export interface Computed<T> {
  value: T;
  files: string[];
}

export type ResultKind = 'page' | 'types';

/** Results kept from an earlier run: `lookup` hands one back while its files are unchanged; `store` keeps a new one. */
export interface PageResultCache {
  lookup<T>(kind: ResultKind, source: string): T | undefined;
  /** Keeps a result; a page outcome's projection is kept beside it. */
  store<T>(kind: ResultKind, source: string, computed: Computed<T>, projection?: PageProjection): void;
  /** The projection kept with a page's outcome, while its files are unchanged (the outcome is not read). */
  projection?(source: string): PageProjection | undefined;
  /** A hash of a kept result while its files are unchanged (equal hashes, equal results); undefined else. */
  identity?(kind: ResultKind, source: string): string | undefined;
  /** The `pageContextDigest` of the projection kept with a page's outcome, while its files are unchanged. */
  contextDigest?(source: string): string | undefined;
}

/**
 * What the cross-page passes read of a page besides its own method: enough to stand the page
 * in for them (its title, its method's name, family rule and type links) without its method.
 */
export interface PageProjection {
  summary: PageSummary;
  title?: string;
  typeCandidate?: true;
  diagnostics: Diagnostic[];
  method?: {
    name: string;
    apiVersion: ApiVersion;
    paramsByPosition?: true;
    /** The docs pages its field types link (where named types are looked for). */
    typeLinks: string[];
  };
}

export interface Parsed {
  tree: Root;
  text: string;
  diagnostics: Diagnostic[];
}

function pageFailed(source: string, error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return { file: source, line: 1, column: 1, severity: 'error', code: 'page-failed', message: `page could not be processed: ${message}` };
}

/**
 * Pages parsed this run, each kept for one more reading: a page that was read for its method
 * and also defines structures is read for those from the same tree instead of being parsed
 * again. Used on runs that parse few pages. The tree is shared, not copied: reading a page for
 * its method leaves its tree as parsed (parsed-pages.test.ts checks every method page of the
 * corpus), and a copy of a large page took longer than its extraction.
 */
export class ParsedPages {
  private readonly kept = new Map<string, Parsed>();

  keep(source: string, parsed: Parsed): void {
    this.kept.set(source, { ...parsed, diagnostics: [...parsed.diagnostics] });
  }

  take(source: string): Parsed | undefined {
    const parsed = this.kept.get(source);
    this.kept.delete(source);
    return parsed;
  }
}

/** Runs that parse at most this many pages keep a copy of each (`ParsedPages`); larger ones parse twice. */
export const KEEP_PARSED_UP_TO = 32;

export function readAndParse(reader: DocsReader, cache: IncludeCache, source: string): Parsed | { error: string } {
  const read = reader.read(source);
  if (!read.ok) return { error: read.reason };
  const { tree, diagnostics } = parsePage(read.text, source, { readInclude: (f) => reader.read(f), cache });
  return { tree, text: read.text, diagnostics };
}

/** The page and every fragment that its tree includes (nested ones too), failed includes included. */
function filesOf(source: string, tree: Root): string[] {
  const files = new Set<string>([source]);
  const walk = (nodes: readonly RootContent[] | undefined): void => {
    for (const n of nodes ?? []) {
      if (n.type === 'yfmInclude') files.add(n.file);
      walk((n as { children?: RootContent[] }).children);
    }
  };
  walk(tree.children);
  return [...files].sort(compareCodeUnits);
}

export function pageOutcome(reader: DocsReader, cache: IncludeCache, source: string, tables: TableExtractors, parsedPages?: ParsedPages): Computed<PageOutcome> {
  let files = [source];
  const outcome: PageOutcome = { summary: { source, kind: 'other' }, diagnostics: [] };
  let cls: PageClass = { kind: 'other' };
  try {
    const parsed = readAndParse(reader, cache, source);
    if ('error' in parsed) {
      outcome.diagnostics.push({ file: source, line: 1, column: 1, severity: 'error', code: 'page-failed', message: `page could not be read: ${parsed.error}` });
      return { value: outcome, files };
    }
    parsedPages?.keep(source, parsed);
    files = filesOf(source, parsed.tree);
    const facts = pageFacts(parsed.tree);
    if (facts.h1 !== undefined) outcome.title = facts.h1;
    cls = classifyPage(source, facts);
    if (/(^|\/)data-types\.md$/.test(source)) outcome.typeCandidate = true;
    if (cls.kind === 'method') {
      const method = extractMethod({ source, text: parsed.text, tree: parsed.tree }, tables);
      const own = parsed.diagnostics.filter((d) => d.file === source);
      outcome.diagnostics = parsed.diagnostics.filter((d) => d.file !== source);
      method.diagnostics = sortDiagnostics([...own, ...method.diagnostics]);
      outcome.method = method;
      outcome.summary = { source, kind: 'method', name: method.name };
    } else {
      outcome.diagnostics = parsed.diagnostics;
      const summary: PageSummary = { source, kind: cls.kind };
      const eventName = cls.kind === 'event' ? eventNameOf(facts.h1) : undefined;
      if (eventName !== undefined) summary.name = eventName;
      outcome.summary = summary;
    }
  } catch (error) {
    // As a page that never got this far: its title and type-candidacy stay, its findings go.
    delete outcome.method;
    outcome.summary = { source, kind: cls.kind };
    outcome.diagnostics = [pageFailed(source, error)];
  }
  return { value: outcome, files };
}

export function namedTypesOutcome(reader: DocsReader, cache: IncludeCache, source: string, parsedPages?: ParsedPages): Computed<NamedTypesOutcome> {
  const outcome: NamedTypesOutcome = { types: [], diagnostics: [] };
  let files = [source];
  try {
    const parsed = parsedPages?.take(source) ?? readAndParse(reader, cache, source);
    if ('error' in parsed) return { value: outcome, files };
    files = filesOf(source, parsed.tree);
    const diagnostics: Diagnostic[] = [];
    const types = extractNamedTypes(parsed.tree, source, { file: source, resolveLink, diagnostics });
    outcome.types = types;
    outcome.diagnostics = diagnostics;
  } catch (error) {
    outcome.types = [];
    outcome.diagnostics = [pageFailed(source, error)];
  }
  return { value: outcome, files };
}

/** What the cross-page passes read of a page outcome (see `PageProjection`). */
export function projectOutcome(outcome: PageOutcome): PageProjection {
  const projection: PageProjection = { summary: outcome.summary, diagnostics: outcome.diagnostics };
  if (outcome.title !== undefined) projection.title = outcome.title;
  if (outcome.typeCandidate === true) projection.typeCandidate = true;
  const m = outcome.method;
  if (m !== undefined) {
    projection.method = { name: m.name, apiVersion: m.apiVersion, typeLinks: [...methodTypeLinkedPages([m])].sort(compareCodeUnits) };
    if (m.paramsByPosition === true) projection.method.paramsByPosition = true;
  }
  return projection;
}
