/**
 * A docs tree → the IR: list pages, parse api-reference pages (with includes), classify,
 * extract methods, shared named types and the system errors. Deterministic: pages are
 * visited in code-unit order and every list is sorted before it is returned. A page that
 * fails becomes a `page-failed` diagnostic, never an exception.
 */
import type { Root } from 'mdast';
import type { Diagnostic, Field, IrDocument, IrError, IrMethod, IrNamedType, PageSummary, TypeRef } from '../ir/types.js';
import { IR_VERSION } from '../ir/types.js';
import { classifyPage, eventNameOf, pageFacts } from '../extract/classify.js';
import type { PageClass } from '../extract/classify.js';
import { extractErrorTable, isErrorTable } from '../extract/error-tables.js';
import { defaultTables, extractMethod, sortDiagnostics } from '../extract/extract-method.js';
import type { TableExtractors } from '../extract/extract-method.js';
import { linkPath, resolveLink } from '../extract/resolve-link.js';
import { extractNamedTypes } from '../extract/tables/index.js';
import { compareCodeUnits, createDocsReader, listDocsPages } from '../load/index.js';
import type { DocsReader } from '../load/index.js';
import { createIncludeCache, parsePage } from '../parse/index.js';
import type { IncludeCache } from '../parse/index.js';

export interface BuildIrOptions {
  /** Which pages (docs-relative paths) to read; all by default. */
  include?: (source: string) => boolean;
  /** The table stage; the real one by default (tests inject fakes). */
  tables?: TableExtractors;
  /** Called after each listed page is handled (`done` of `total`), for a progress display. */
  onProgress?: (done: number, total: number) => void;
}

export const SYSTEM_ERRORS_FILE = '_includes/system-errors.md';

interface Parsed {
  tree: Root;
  text: string;
  diagnostics: Diagnostic[];
}

function diagnosticKey(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
}

function pageFailed(source: string, error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return { file: source, line: 1, column: 1, severity: 'error', code: 'page-failed', message: `page could not be processed: ${message}` };
}

function readAndParse(reader: DocsReader, cache: IncludeCache, source: string): Parsed | { error: string } {
  const read = reader.read(source);
  if (!read.ok) return { error: read.reason };
  const { tree, diagnostics } = parsePage(read.text, source, { readInclude: (f) => reader.read(f), cache });
  return { tree, text: read.text, diagnostics };
}

function isFragment(source: string): boolean {
  return source.split('/').slice(0, -1).some((p) => p === '_include' || p === '_includes');
}

/** Every docs page that a field type links to (`…/data-types.md#x`, `…/page.md#object`). */
function typeLinkedPages(methods: readonly IrMethod[]): Set<string> {
  const pages = new Set<string>();
  const visitType = (t: TypeRef | undefined): void => {
    if (!t) return;
    if (t.link && !t.link.startsWith('#') && t.link.includes('#')) pages.add(linkPath(t.link));
    if (t.typeId !== undefined) pages.add(linkPath(t.typeId));
    visitType(t.items);
    t.members?.forEach(visitType);
  };
  const visitFields = (fields: readonly Field[] | undefined): void => {
    for (const f of fields ?? []) {
      visitType(f.type);
      visitFields(f.fields);
    }
  };
  for (const m of methods) {
    visitFields(m.params);
    visitFields(m.result);
    visitFields(m.responseExtras);
    visitType(m.resultType);
  }
  return pages;
}

/** A `typeId` that no extracted named type has: the emitter must fall back to the type's kind. */
function reportDanglingTypeIds(methods: readonly IrMethod[], ids: ReadonlySet<string>): void {
  for (const m of methods) {
    const visitType = (t: TypeRef | undefined, f: Field | undefined): void => {
      if (!t) return;
      if (t.typeId !== undefined && !ids.has(t.typeId)) {
        const at = f?.position ?? { file: m.source, line: 1, column: 1 };
        m.diagnostics.push({ ...at, severity: 'info', code: 'unresolved-type-id', message: `no named type ${t.typeId} was found for ${f ? f.name : 'the result'}` });
      }
      visitType(t.items, f);
      t.members?.forEach((x) => visitType(x, f));
    };
    const visitFields = (fields: readonly Field[] | undefined): void => {
      for (const f of fields ?? []) {
        visitType(f.type, f);
        visitFields(f.fields);
      }
    };
    visitFields(m.params);
    visitFields(m.result);
    visitFields(m.responseExtras);
    visitType(m.resultType, undefined);
    sortDiagnostics(m.diagnostics);
  }
}

/**
 * Keys: the name, or `name@v3` for a REST 3.0 page whose name also has a classic page.
 * A second page with the same name and version keeps a key made unique by its source
 * and gets a `duplicate-method` diagnostic.
 */
function assignKeys(methods: IrMethod[]): void {
  const classic = new Set(methods.filter((m) => m.apiVersion === 'v2').map((m) => m.name));
  const taken = new Map<string, IrMethod>();
  for (const m of [...methods].sort((a, b) => compareCodeUnits(a.source, b.source))) {
    let key = m.apiVersion === 'v3' && classic.has(m.name) ? `${m.name}@v3` : m.name;
    const first = taken.get(key);
    if (first) {
      m.diagnostics.push({
        file: m.source, line: 1, column: 1, severity: 'warning', code: 'duplicate-method',
        message: `${m.name} is also documented by ${first.source}; keyed as ${key}@${m.source}`,
      });
      key = `${key}@${m.source}`;
    }
    taken.set(key, m);
    m.key = key;
  }
}

function systemErrorsOf(reader: DocsReader, cache: IncludeCache, diagnostics: Diagnostic[]): IrError[] {
  const parsed = readAndParse(reader, cache, SYSTEM_ERRORS_FILE);
  if ('error' in parsed) {
    diagnostics.push({ file: SYSTEM_ERRORS_FILE, line: 1, column: 1, severity: 'warning', code: 'system-errors-missing', message: `system errors not read: ${parsed.error}` });
    return [];
  }
  const table = parsed.tree.children.find((n) => n.type === 'yfmTable' && isErrorTable(n));
  if (!table || table.type !== 'yfmTable') {
    diagnostics.push({ file: SYSTEM_ERRORS_FILE, line: 1, column: 1, severity: 'warning', code: 'system-errors-missing', message: 'no error table in the system errors fragment' });
    return [];
  }
  return extractErrorTable(table, { file: SYSTEM_ERRORS_FILE, diagnostics });
}

export async function buildIr(docsRoot: string, options: BuildIrOptions = {}): Promise<IrDocument> {
  const tables = options.tables ?? defaultTables;
  const reader = createDocsReader(docsRoot);
  const cache = createIncludeCache();
  const diagnostics: Diagnostic[] = [];
  const seenDiagnostics = new Set<string>();
  const addDocDiagnostic = (d: Diagnostic): void => {
    const k = diagnosticKey(d);
    if (seenDiagnostics.has(k)) return;
    seenDiagnostics.add(k);
    diagnostics.push(d);
  };

  const sources = listDocsPages(docsRoot).filter((s) => options.include?.(s) ?? true);
  const pages: PageSummary[] = [];
  const methods: IrMethod[] = [];
  const titles = new Map<string, string>();
  const namedTypeCandidates = new Set<string>();
  let sincePause = 0;

  let done = 0;
  for (const source of sources) {
    if (done > 0) options.onProgress?.(done, sources.length);
    done++;
    // Let timers and I/O run between pages: a whole tree takes a while.
    if (++sincePause >= 200) {
      sincePause = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (isFragment(source)) {
      pages.push({ source, kind: 'fragment' });
      continue;
    }
    if (!source.startsWith('api-reference/')) {
      pages.push({ source, kind: 'other' });
      continue;
    }
    let cls: PageClass = { kind: 'other' };
    try {
      const parsed = readAndParse(reader, cache, source);
      if ('error' in parsed) {
        addDocDiagnostic({ file: source, line: 1, column: 1, severity: 'error', code: 'page-failed', message: `page could not be read: ${parsed.error}` });
        pages.push({ source, kind: 'other' });
        continue;
      }
      const facts = pageFacts(parsed.tree);
      if (facts.h1 !== undefined) titles.set(source, facts.h1);
      cls = classifyPage(source, facts);
      if (/(^|\/)data-types\.md$/.test(source)) namedTypeCandidates.add(source);
      if (cls.kind === 'method') {
        const method = extractMethod({ source, text: parsed.text, tree: parsed.tree }, tables);
        const own = parsed.diagnostics.filter((d) => d.file === source);
        parsed.diagnostics.filter((d) => d.file !== source).forEach(addDocDiagnostic);
        method.diagnostics = sortDiagnostics([...own, ...method.diagnostics]);
        methods.push(method);
        pages.push({ source, kind: 'method', name: method.name });
      } else {
        parsed.diagnostics.forEach(addDocDiagnostic);
        const summary: PageSummary = { source, kind: cls.kind };
        const eventName = cls.kind === 'event' ? eventNameOf(facts.h1) : undefined;
        if (eventName !== undefined) summary.name = eventName;
        pages.push(summary);
      }
    } catch (error) {
      addDocDiagnostic(pageFailed(source, error));
      pages.push({ source, kind: cls.kind });
    }
  }

  options.onProgress?.(sources.length, sources.length);
  assignKeys(methods);
  const nameBySource = new Map(methods.map((m) => [m.source, m.name]));
  for (const m of methods) {
    const dep = m.deprecated;
    if (dep && dep.replacement === undefined && dep.replacementSource !== undefined) {
      const replacement = nameBySource.get(dep.replacementSource);
      if (replacement !== undefined) dep.replacement = replacement;
    }
    m.seeAlso = m.seeAlso.map((s) => {
      const title = s.title ?? titles.get(linkPath(s.href));
      return title === undefined ? s : { title, href: s.href };
    });
  }

  const known = new Set(sources);
  for (const p of typeLinkedPages(methods)) if (known.has(p)) namedTypeCandidates.add(p);
  const types = new Map<string, IrNamedType>();
  for (const source of [...namedTypeCandidates].sort(compareCodeUnits)) {
    try {
      const parsed = readAndParse(reader, cache, source);
      if ('error' in parsed) continue;
      const typeDiagnostics: Diagnostic[] = [];
      for (const t of extractNamedTypes(parsed.tree, source, { file: source, resolveLink, diagnostics: typeDiagnostics })) {
        if (!types.has(t.id)) types.set(t.id, t);
      }
      typeDiagnostics.forEach(addDocDiagnostic);
    } catch (error) {
      addDocDiagnostic(pageFailed(source, error));
    }
  }

  reportDanglingTypeIds(methods, new Set(types.keys()));
  const systemErrors = systemErrorsOf(reader, cache, diagnostics);
  methods.sort((a, b) => compareCodeUnits(a.key, b.key));
  pages.sort((a, b) => compareCodeUnits(a.source, b.source));
  return {
    irVersion: IR_VERSION,
    methods,
    types: [...types.values()].sort((a, b) => compareCodeUnits(a.id, b.id)),
    systemErrors,
    pages,
    diagnostics: sortDiagnostics(diagnostics),
  };
}
