import { knownMethodDigest, methodJsonAndDigest } from '../ir/method-digest.js';
import { knownMethodRefTypes, methodRefTypesText } from '../ir/method-ref-types.js';
import type { IrMethod, IrNamedType, TypeRef } from '../ir/types.js';
import type { FinalMethod, FinalMethodCache, RecordedTypes } from '../pipeline/finished-methods.js';
import { DamagedCacheError, isObjectShape, lazyObject, objectShape } from './lazy-object.js';
import type { RecordStore, StoredRecord } from './record-store.js';

const RUN_KEY = 'run';

/**
 * The field the store keeps in its side file (see `RecordStore`): a method's JSON, and the run's
 * refined structures. Those change on most runs (they carry line numbers, which an edit above
 * them shifts); in the main file, their 0.6 MB made every other warm run rewrite the whole store.
 */
export const FINALS_BULK_FIELD = 2;

/**
 * The fields of a recorded method that the stages after the IR read of every method (to sort,
 * file, name and count them); the rest is parsed only when some stage reads it.
 */
const METHOD_HEAD_FIELDS = ['name', 'apiVersion', 'key', 'source', 'docsUrl', 'title', 'section', 'scope', 'diagnostics'];
const methodKey = (source: string): string => `final:${source}`;

/**
 * The methods as the last run finished them (after the cross-page passes), one record per
 * page: the context they were finished in, the method's digest, its JSON, the structures its
 * examples show, the structures it looked up, its shape (see `lazyObject`) and its
 * references (`methodRefTypes`). A record `run` holds the context, the digest of each shared
 * structure before refinement and the refined structures. A method comes back with its digest
 * known, and parsed only as far as its head (`lazyMethod`) until a later stage reads the rest.
 */
export class FinalMethodStore implements FinalMethodCache {
  readonly context: string | undefined;
  /** The structures each recorded method shows, as parsed so far. */
  private readonly shown = new Map<string, string[] | undefined>();
  /** Methods handed back as recorded, and methods recorded (as finished again), this run. */
  readonly stats = { taken: 0, recorded: 0 };

  constructor(private readonly store: RecordStore) {
    const run = store.get(RUN_KEY);
    this.context = run !== undefined && run.length === 3 ? (run.field(0)) : undefined;
  }

  /** Each source's record, while it was finished in `context`: asked for up to three times a method, its context decoded once. */
  private readonly valid = new Map<string, StoredRecord | undefined>();

  private stored(source: string): StoredRecord | undefined {
    if (this.valid.has(source)) return this.valid.get(source);
    const stored = this.store.get(methodKey(source));
    const found = stored !== undefined && stored.length === 7 && stored.field(0) === this.context ? stored : undefined;
    this.valid.set(source, found);
    return found;
  }

  types(): RecordedTypes | undefined {
    const run = this.store.get(RUN_KEY);
    if (run === undefined || run.length !== 3) return undefined;
    try {
      const before = JSON.parse(run.field(1)) as unknown;
      const refined = JSON.parse(run.field(FINALS_BULK_FIELD)) as unknown;
      if (!Array.isArray(refined) || typeof before !== 'object' || before === null || Array.isArray(before)) return undefined;
      return { refined: refined as IrNamedType[], before: before as Record<string, string> };
    } catch {
      return undefined;
    }
  }

  shownTypes(source: string): string[] | undefined {
    // Asked for again and again while the refinement closes over the methods: parsed once.
    if (!this.shown.has(source)) {
      const stored = this.stored(source);
      let shown: string[] | undefined;
      try {
        const parsed = stored === undefined ? undefined : (JSON.parse(stored.field(3)) as unknown);
        if (Array.isArray(parsed)) shown = parsed as string[];
      } catch {
        shown = undefined;
      }
      this.shown.set(source, shown);
    }
    return this.shown.get(source);
  }

  typeReads(source: string): FinalMethod['typeReads'] | undefined {
    const stored = this.stored(source);
    if (stored === undefined) return undefined;
    try {
      const reads = JSON.parse(stored.field(4)) as unknown;
      return Array.isArray(reads) ? (reads as FinalMethod['typeReads']) : undefined;
    } catch {
      return undefined;
    }
  }

  method(source: string): IrMethod | undefined {
    const stored = this.stored(source);
    if (stored === undefined) return undefined;
    let shape: unknown;
    try {
      shape = JSON.parse(stored.field(5));
    } catch {
      return undefined;
    }
    if (!isObjectShape(shape) || shape.head['source'] !== source) return undefined;
    const refs = stored.field(6);
    // A list, as far as can be told without parsing it (it is parsed only if the planner walks it).
    if (!refs.startsWith('[') || !refs.endsWith(']')) return undefined;
    const method = lazyObject<IrMethod>(shape, () => stored.field(FINALS_BULK_FIELD));
    knownMethodDigest(method, stored.field(1));
    knownMethodRefTypes(method, { text: refs, parse: () => parsedRefs(refs) });
    this.store.keep(methodKey(source), stored);
    this.stats.taken++;
    return method;
  }

  record(context: string, types: RecordedTypes | undefined, finals: readonly FinalMethod[]): void {
    const run = this.store.get(RUN_KEY);
    if (types !== undefined) this.store.keep(RUN_KEY, [context, JSON.stringify(types.before), JSON.stringify(types.refined)]);
    else if (run !== undefined && run.field(0) === context) this.store.keep(RUN_KEY, run);
    this.stats.recorded += finals.length;
    for (const { method, shownTypes, typeReads } of finals) {
      const { json, digest } = methodJsonAndDigest(method);
      this.store.keep(methodKey(method.source), [context, digest, json, JSON.stringify(shownTypes), JSON.stringify(typeReads), JSON.stringify(objectShape(method, METHOD_HEAD_FIELDS)), methodRefTypesText(method)]);
    }
  }
}

/** A method's recorded reference list, parsed; a text that is not one is a damaged record. */
function parsedRefs(text: string): readonly TypeRef[] {
  let refs: unknown;
  try {
    refs = JSON.parse(text);
  } catch (error) {
    throw new DamagedCacheError(error instanceof Error ? error.message : String(error));
  }
  if (!Array.isArray(refs)) throw new DamagedCacheError('a reference list that is not a list');
  return refs as TypeRef[];
}
