/**
 * A docs tree → the IR: list pages, have each api-reference page parsed and extracted
 * (page-results.ts, here or in page workers), read the shared named types and the system
 * errors, then run the cross-page passes. Deterministic: pages are visited in code-unit order
 * and every list is sorted before it is returned. A page that fails becomes a `page-failed`
 * diagnostic, never an exception. With the cache, a delta build takes unchanged pages' methods
 * as an earlier run finished them (finished-methods.ts).
 */
import type { Diagnostic, IrDocument, IrError, IrMethod, IrNamedType, PageSummary, TypeRef, Field } from '../ir/types.js';
import { isFragment, isReferencePage } from '../load/page-paths.js';
import { IR_VERSION } from '../ir/types.js';
import { extractErrorTable, isErrorTable } from '../extract/error-tables.js';
import { defaultTables, sortDiagnostics } from '../extract/extract-method.js';
import type { TableExtractors } from '../extract/extract-method.js';
import { linkPath } from '../extract/resolve-link.js';
import { refineChangedTypes, refineNamedTypes } from '../extract/tables/named-type-refine.js';
import type { ShownTypes } from '../extract/tables/named-type-refine.js';
import { spreadParamOrderToFamilies } from '../extract/param-order-family.js';
import { typeFiltersByLinkedStructure } from '../extract/tables/filter-structure.js';
import { typeFiltersByFieldsMethod } from '../extract/tables/filter-fields-method.js';
import { typeCodeIdRefs } from '../extract/tables/code-id-refs.js';
import { FIELDS_METHOD } from '../extract/tables/field-descriptors.js';
import { contentHash } from '../content-hash.js';
import { markStep } from '../timing.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { createDocsReader, listDocsPages } from '../load/index.js';
import type { DocsReader } from '../load/index.js';
import { createIncludeCache } from '../parse/index.js';
import { canUseWorkers, MIN_PAGES_PER_WORKER, startPageWorkers } from './page-workers.js';
import type { PageWorkerPool } from './page-workers.js';
import type { IncludeCache } from '../parse/index.js';
import { KEEP_PARSED_UP_TO, namedTypesOutcome, pageOutcome, ParsedPages, projectOutcome, readAndParse } from './page-results.js';
import type { Computed, NamedTypesOutcome, PageOutcome, PageProjection, PageResultCache } from './page-results.js';
import { crossPageContext, standInMethod } from './finished-methods.js';
import type { FinalMethod, FinalMethodCache } from './finished-methods.js';
import { methodTypeLinkedPages, typeLinkedPages } from './type-links.js';


export interface BuildIrOptions {
  /** Which pages (docs-relative paths) to read; all by default. */
  include?: (source: string) => boolean;
  /** The docs files as `listDocsPages` lists them, when the caller listed them already (the incremental cache does). */
  listing?: readonly string[];
  /** The table stage; the real one by default (tests inject fakes). */
  tables?: TableExtractors;
  /** Called after each listed page is handled (`done` of `total`), for a progress display. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Per-page results kept from an earlier run (generator/cache): a page is only parsed and
   * extracted again when it or an include it uses changed. The IR is the same either way.
   */
  pageCache?: PageResultCache;
  /**
   * The methods as an earlier run finished them (generator/cache), with `pageCache`: when the
   * pages that changed leave the cross-page context as it was (see `crossPageContext`) and show
   * no shared structure, the other pages stand in by their projections and their methods come
   * from here, so only the changed pages' methods go through the cross-page passes again.
   */
  finals?: FinalMethodCache;
  /**
   * Worker threads for parsing and extracting pages (default 1: all on this thread). With 2
   * or more, pages are shared out among the workers and their results merged in page order,
   * so the IR is the same. Only with the real table stage (`tables` not set).
   */
  workers?: number;
}

export const SYSTEM_ERRORS_FILE = '_includes/system-errors.md';

function diagnosticKey(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
}

/** A `typeId` that no extracted named type has: the emitter must fall back to the type's kind. */
function reportDanglingTypeIds(methods: readonly IrMethod[], ids: ReadonlySet<string>): void {
  for (const m of methods) {
    const visitType = (t: TypeRef | undefined, f: Field | undefined): void => {
      if (!t) return;
      // A reference (`user`, `crm_status`) is typed by its token; its link only says where values come from.
      if (t.typeId !== undefined && t.kind !== 'ref' && !ids.has(t.typeId)) {
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

/** A page for the cross-page passes: its outcome, or (a page unchanged since the finished methods were recorded) its projection. */
type PageEntry = { outcome: PageOutcome; projection?: undefined } | { projection: PageProjection; outcome?: undefined };

/**
 * The IR of a docs tree. With a page cache and the finished methods of an earlier run, a
 * delta build is tried first: the changed pages are extracted and finished, the rest are
 * taken as recorded (those that looked up a structure that changed are finished again), and
 * the shared structures are refined again where they can have changed. When the change moves
 * the cross-page context (see `crossPageContext`), the whole build runs instead. Both give the
 * same IR, which build-ir-delta.test.ts checks on real pages.
 */
export async function buildIr(docsRoot: string, options: BuildIrOptions = {}): Promise<IrDocument> {
  const finals = options.pageCache?.projection !== undefined && options.pageCache.identity !== undefined ? options.finals : undefined;
  if (finals?.context !== undefined) {
    // A second try takes by their outcomes the unchanged pages whose methods looked up a
    // structure that changed (a named-type page was edited): they are finished again too.
    let redo = new Set<string>();
    for (let attempt = 0; attempt < 2; attempt++) {
      const built = await buildIrFrom(docsRoot, options, { finals, redo });
      if (built === undefined) break;
      if (!('redo' in built)) return built;
      redo = new Set([...redo, ...built.redo]);
    }
  }
  return (await buildIrFrom(docsRoot, options, undefined)) as IrDocument;
}

/** A delta build's inputs: the recorded methods, and the unchanged pages to finish again all the same. */
interface DeltaInput {
  finals: FinalMethodCache;
  redo: ReadonlySet<string>;
}

/**
 * One build: a delta build when `delta` is given (undefined when it cannot apply, or the pages
 * to take by their outcomes on a second try), else the whole build, which records its finished
 * methods when the options give a place for them.
 */
async function buildIrFrom(docsRoot: string, options: BuildIrOptions, deltaInput: DeltaInput | undefined): Promise<IrDocument | { redo: Set<string> } | undefined> {
  const delta = deltaInput?.finals;
  const tables = options.tables ?? defaultTables;
  const reader = createDocsReader(docsRoot);
  const includeCache = createIncludeCache();
  const diagnostics: Diagnostic[] = [];
  const seenDiagnostics = new Set<string>();
  const addDocDiagnostic = (d: Diagnostic): void => {
    const k = diagnosticKey(d);
    if (seenDiagnostics.has(k)) return;
    seenDiagnostics.add(k);
    diagnostics.push(d);
  };

  const sources = (options.listing ?? listDocsPages(docsRoot)).filter((s) => options.include?.(s) ?? true);
  const pages: PageSummary[] = [];
  const methods: IrMethod[] = [];
  const titles = new Map<string, string>();
  const namedTypeCandidates = new Set<string>();
  let sincePause = 0;

  const cache = options.pageCache;
  const entries = new Map<string, PageEntry>();
  const missing: string[] = [];
  for (const source of sources) {
    if (!isReferencePage(source)) continue;
    const projection = delta === undefined || deltaInput?.redo.has(source) === true ? undefined : cache?.projection?.(source);
    if (projection !== undefined) {
      entries.set(source, { projection });
      continue;
    }
    const hit = cache?.lookup<PageOutcome>('page', source);
    if (hit) entries.set(source, { outcome: hit });
    else missing.push(source);
  }
  const keep = (source: string, computed: Computed<PageOutcome>): void => {
    cache?.store('page', source, computed, projectOutcome(computed.value));
    entries.set(source, { outcome: computed.value });
  };
  markStep('build IR: pages looked up');
  const reused = sources.length - missing.length;
  const workers = options.tables === undefined ? Math.max(1, Math.floor(options.workers ?? 1)) : 1;
  let inline = missing;
  const parsedPages = missing.length <= KEEP_PARSED_UP_TO ? new ParsedPages() : undefined;
  // Kept for the named-type pages too: parsing those cold on this thread took seconds.
  const pool: PageWorkerPool | undefined =
    workers > 1 && missing.length >= MIN_PAGES_PER_WORKER * workers && canUseWorkers() ? startPageWorkers(docsRoot, workers) : undefined;
  /** The named-types outcome of each of `round`, from the cache, the workers or this thread. */
  const namedTypesOf = async (round: readonly string[]): Promise<Map<string, NamedTypesOutcome>> => {
    const found = new Map<string, NamedTypesOutcome>();
    const compute: string[] = [];
    for (const source of round) {
      const hit = cache?.lookup<NamedTypesOutcome>('types', source);
      if (hit) found.set(source, hit);
      else compute.push(source);
    }
    const keepTypes = (source: string, computed: Computed<NamedTypesOutcome>): void => {
      cache?.store('types', source, computed);
      found.set(source, computed.value);
    };
    const here = pool ? await pool.run<NamedTypesOutcome>('types', compute, keepTypes) : compute;
    for (const source of here) keepTypes(source, namedTypesOutcome(reader, includeCache, source, parsedPages));
    return found;
  };
  if (pool) inline = await pool.run<PageOutcome>('page', missing, keep, (done) => options.onProgress?.(reused + done, sources.length));
  {
    let done = missing.length - inline.length;
    for (const source of inline) {
      if (done > 0) options.onProgress?.(reused + done, sources.length);
      done++;
      // Let timers and I/O run between pages: a whole tree takes a while.
      if (++sincePause >= 200) {
        sincePause = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
      keep(source, pageOutcome(reader, includeCache, source, tables, parsedPages));
    }
  }

  markStep('build IR: changed pages extracted');
  // Each page's projection, for the context (only with a cache), and the methods that stand in.
  const recordsFinals = delta !== undefined || (options.finals !== undefined && cache?.identity !== undefined);
  const projections: Array<[string, PageProjection]> = [];
  let standInMissing = false;
  const standIns = new Set<IrMethod>();
  const typeLinksOf = new Map<IrMethod, readonly string[]>();
  for (const source of sources) {
    if (isFragment(source)) {
      pages.push({ source, kind: 'fragment' });
      continue;
    }
    const entry = entries.get(source);
    if (!entry) {
      pages.push({ source, kind: 'other' });
      continue;
    }
    const projection = entry.projection ?? (recordsFinals ? projectOutcome(entry.outcome) : undefined);
    if (projection !== undefined) projections.push([source, projection]);
    const page = entry.outcome ?? entry.projection;
    page.diagnostics.forEach(addDocDiagnostic);
    if (page.title !== undefined) titles.set(source, page.title);
    if (page.typeCandidate === true) namedTypeCandidates.add(source);
    pages.push(page.summary);
    let method = entry.outcome?.method;
    if (method === undefined && entry.projection?.method !== undefined) {
      const projected = entry.projection.method;
      // The filters of other methods read a `*.fields` method whole: it stands in as recorded.
      method = FIELDS_METHOD.test(projected.name) ? delta?.method(source) : standInMethod(source, projected);
      if (method === undefined) standInMissing = true;
      else standIns.add(method);
    }
    if (method === undefined) continue;
    if (projection?.method !== undefined) typeLinksOf.set(method, projection.method.typeLinks);
    methods.push(method);
  }
  if (standInMissing) {
    await pool?.close();
    return undefined;
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

  markStep('build IR: methods keyed');
  const known = new Set(sources);
  for (const m of methods) {
    for (const p of typeLinksOf.get(m) ?? methodTypeLinkedPages([m])) if (known.has(p)) namedTypeCandidates.add(p);
  }
  const types = new Map<string, IrNamedType>();
  // Structures link further structures (`LayoutDto.icon` is an `IconDto` on its own page): read
  // the pages they lead to as well, round by round, each round in a fixed order.
  const visited = new Set<string>();
  let round = [...namedTypeCandidates].sort(compareCodeUnits);
  while (round.length > 0) {
    const next = new Set<string>();
    const roundOutcomes = await namedTypesOf(round);
    for (const source of round) {
      visited.add(source);
      const outcome = roundOutcomes.get(source) as NamedTypesOutcome;
      for (const t of outcome.types) if (!types.has(t.id)) types.set(t.id, t);
      outcome.diagnostics.forEach(addDocDiagnostic);
      for (const p of typeLinkedPages(outcome.types.map((t) => t.fields))) if (known.has(p)) next.add(p);
    }
    round = [...next].filter((p) => !visited.has(p)).sort(compareCodeUnits);
  }
  await pool?.close();

  markStep('build IR: named types read');
  reportDanglingTypeIds(methods, new Set(types.keys()));
  const systemErrors = systemErrorsOf(reader, includeCache, diagnostics);
  methods.sort((a, b) => compareCodeUnits(a.key, b.key));
  pages.sort((a, b) => compareCodeUnits(a.source, b.source));
  // Shared structures take what the response examples show of them (widening only), here in
  // extract's stage so that every consumer of the IR (emit, OpenAPI, diff) sees the same types.
  // Whole-IR steps of extract (they need the structures of other pages): filters that name a
  // structure take its keys, and filters that name a `*.fields` method the fields its documented
  // response describes; references to a structure's character-code `id` are strings; a
  // family whose pages say the params go by position takes them so on every page.
  const sharedTypes = [...types.values()];
  // What each method's finish looked up of the structures, for the record (a method is finished
  // again when one of them changes).
  const reads = new Map<string, Set<string>>();
  const onRead = (m: IrMethod, id: string): void => {
    const seen = reads.get(m.source);
    if (seen === undefined) reads.set(m.source, new Set([id]));
    else seen.add(id);
  };
  const finished = typeCodeIdRefs(
    typeFiltersByFieldsMethod(typeFiltersByLinkedStructure(spreadParamOrderToFamilies(methods), types, onRead)),
    sharedTypes,
    onRead,
  );
  const sortedTypes = sharedTypes.sort((a, b) => compareCodeUnits(a.id, b.id));
  const document = (finalMethods: IrMethod[], finalTypes: IrNamedType[]): IrDocument => ({
    irVersion: IR_VERSION,
    methods: finalMethods,
    types: finalTypes,
    systemErrors,
    pages,
    diagnostics: sortDiagnostics(diagnostics),
  });
  if (!recordsFinals || cache === undefined) return refineNamedTypes(document(finished, sortedTypes));

  markStep('build IR: cross-page passes');
  const context = crossPageContext(sources, projections, sortedTypes, cache);
  const typeDigests = new Map<string, string>();
  const typeDigest = (id: string): string => {
    let digest = typeDigests.get(id);
    if (digest === undefined) {
      const type = types.get(id);
      digest = type === undefined ? 'absent' : contentHash(JSON.stringify(type));
      typeDigests.set(id, digest);
    }
    return digest;
  };
  const typeReadsOf = (source: string): FinalMethod['typeReads'] =>
    [...(reads.get(source) ?? [])].sort(compareCodeUnits).map((id): [string, string] => [id, typeDigest(id)]);
  const typesBefore = Object.fromEntries(sortedTypes.map((t) => [t.id, typeDigest(t.id)]));
  const shownTypesOf = (shown: ShownTypes, source: string): string[] => [...(shown.get(source) ?? [])].sort(compareCodeUnits);

  if (delta === undefined) {
    const shown: ShownTypes = new Map();
    const ir = refineNamedTypes(document(finished, sortedTypes), shown);
    markStep('build IR: structures refined');
    options.finals?.record(
      context,
      { refined: ir.types, before: typesBefore },
      ir.methods.map((method) => ({ method, shownTypes: shownTypesOf(shown, method.source), typeReads: typeReadsOf(method.source) })),
    );
    markStep('build IR: finished methods recorded');
    return ir;
  }

  markStep('build IR: context');
  // The recorded methods hold while the context is the one they were finished in and the
  // structures each looked up are as they were; the others are finished again on a second try.
  const recorded = context === delta.context ? delta.types() : undefined;
  if (recorded === undefined) return undefined;
  const stale = new Set<string>();
  for (const m of methods) {
    if (!standIns.has(m)) continue;
    const typeReads = delta.typeReads(m.source);
    if (typeReads === undefined) return undefined;
    if (typeReads.some(([id, digest]) => typeDigest(id) !== digest)) stale.add(m.source);
  }
  if (stale.size > 0) return { redo: stale };
  const out: IrMethod[] = [];
  const redone = new Set<IrMethod>();
  for (let i = 0; i < finished.length; i++) {
    const before = methods[i] as IrMethod;
    const standIn = standIns.has(before);
    const method = standIn ? delta.method(before.source) : finished[i];
    if (method === undefined) return undefined;
    if (!standIn) redone.add(method);
    out.push(method);
  }
  markStep('build IR: recorded methods taken');
  // The structures are refined again where they can have changed (see `refineChangedTypes`).
  const changedTypes = new Set([...Object.keys(recorded.before), ...Object.keys(typesBefore)].filter((id) => recorded.before[id] !== typesBefore[id]));
  const refinedBefore = new Map(recorded.refined.map((t) => [t.id, t]));
  const again = refineChangedTypes({
    methods: out,
    types: sortedTypes,
    refined: refinedBefore,
    changed: changedTypes,
    redone,
    shownBefore: (m) => delta.shownTypes(m.source),
  });
  // Recorded again only when they differ (they are megabytes, and most edits leave them as they were).
  const refinedNow = new Map(again.types.map((t) => [t.id, t]));
  const typesDiffer = changedTypes.size > 0 || [...again.refinedAgain].some((id) => JSON.stringify(refinedNow.get(id)) !== JSON.stringify(refinedBefore.get(id)));
  const recordTypes = typesDiffer ? { refined: again.types, before: typesBefore } : undefined;
  markStep('build IR: structures refined');
  // The redone methods, and the recorded ones whose examples now show other structures.
  const rerecorded = again.walked.filter((m) => redone.has(m) || shownTypesOf(again.shown, m.source).join('\n') !== (delta.shownTypes(m.source) ?? []).join('\n'));
  delta.record(context, recordTypes, rerecorded.map((method) => ({ method, shownTypes: shownTypesOf(again.shown, method.source), typeReads: typeReadsOf(method.source) })));
  return document(out, again.types);
}
