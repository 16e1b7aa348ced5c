/**
 * Methods as a run finished them (after the cross-page passes), and what a later run needs to
 * take them as they are: the context they were finished in, and the stand-ins that take an
 * unchanged page's place in the passes. The cache (generator/cache/final-method-store.ts)
 * keeps them; build-ir.ts decides when they hold.
 */
import type { IrMethod, IrNamedType } from '../ir/types.js';
import { FIELDS_METHOD } from '../extract/tables/field-descriptors.js';
import { contentHash } from '../content-hash.js';
import type { PageProjection, PageResultCache, ResultKind } from './page-results.js';

/** A method as the cross-page passes left it, and what beyond its page it depends on. */
export interface FinalMethod {
  method: IrMethod;
  /** The shared structures its examples show (see `refineNamedTypes`), sorted. */
  shownTypes: string[];
  /** The shared structures its finish looked up, each with the digest it had (`absent` for none). */
  typeReads: Array<[id: string, digest: string]>;
}

/** Shared structures as a run refined them, and the digest of what they were before. */
export interface RecordedTypes {
  refined: IrNamedType[];
  /** The digest of each structure as its page gave it, before the refinement, by id. */
  before: Record<string, string>;
}

/** Methods as an earlier run finished them, under the cross-page context they were finished in. */
export interface FinalMethodCache {
  /** The context of the recorded methods; undefined when none are recorded. */
  readonly context: string | undefined;
  /** The shared structures as that run refined them. */
  types(): RecordedTypes | undefined;
  /** The structures the recorded method of `source` shows; undefined when none is recorded. */
  shownTypes(source: string): string[] | undefined;
  /** The structures the recorded method of `source` looked up, with their digests then. */
  typeReads(source: string): FinalMethod['typeReads'] | undefined;
  /** The recorded method of `source`, a new object on each call; undefined when none is recorded. */
  method(source: string): IrMethod | undefined;
  /**
   * Records finished methods under `context`: all of a run's with its refined structures, or
   * (`types` undefined) the few a run redid, the others staying as recorded.
   */
  record(context: string, types: RecordedTypes | undefined, finals: readonly FinalMethod[]): void;
}

/**
 * A page's method as the cross-page passes see it when the page stands in by its projection:
 * the name, version and family rule they read, and nothing for them to change.
 */
export function standInMethod(source: string, projected: NonNullable<PageProjection['method']>): IrMethod {
  const method: IrMethod = {
    name: projected.name, apiVersion: projected.apiVersion, key: projected.name, source, docsUrl: '', title: '', section: '', scope: [],
    description: '', params: [], result: [], resultType: { raw: '', kind: 'unknown' }, errors: [], examples: {}, seeAlso: [], diagnostics: [],
  };
  if (projected.paramsByPosition === true) method.paramsByPosition = true;
  return method;
}

/**
 * What the cross-page passes read of a page (see `crossPageContext`), as a digest: its source,
 * summary, title and type candidacy, and its method's name, version, family rule and type links.
 * The page cache keeps it beside the projection it is made from, so a run does not make it again
 * for the 2,400 pages it did not parse.
 */
export function pageContextDigest(source: string, p: PageProjection): string {
  const m = p.method;
  return contentHash('page-context', JSON.stringify([source, p.summary, p.title ?? null, p.typeCandidate ?? null, m?.name ?? null, m?.apiVersion ?? null, m?.paramsByPosition ?? null, m?.typeLinks ?? null]));
}

/**
 * The key of everything a method's finish reads from beyond its own page: the listed pages,
 * every page's projection (titles, method names and versions, family rules, type links; by
 * `pageContextDigest`), the ids and names of the shared structures (what each method looked up
 * of them is recorded with it), and the outcomes of the `*.fields` pages, whose methods other
 * methods' filters take keys from. Two runs with the same context finish an unchanged page's
 * method the same, as long as the structures it looked up are the same.
 */
export function crossPageContext(
  sources: readonly string[],
  projections: ReadonlyArray<[string, PageProjection]>,
  types: readonly IrNamedType[],
  cache: PageResultCache,
): string {
  const identity = (kind: ResultKind, source: string): string => cache.identity?.(kind, source) ?? 'none';
  let pages = '';
  for (const [source, p] of projections) {
    const m = p.method;
    const fieldsPage = m !== undefined && FIELDS_METHOD.test(m.name) ? identity('page', source) : '-';
    pages += `${cache.contextDigest?.(source) ?? pageContextDigest(source, p)} ${fieldsPage}\n`;
  }
  const structures = types.map((t) => [t.id, t.name]);
  return contentHash('cross-page-context', JSON.stringify(sources), pages, JSON.stringify(structures));
}
