import { asciiJson } from '../ascii-json.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { contentHash } from '../content-hash.js';
import { words } from '../emit/names.js';
import { methodDigest } from '../ir/method-digest.js';
import { typesJson } from '../ir/types-json.js';
import type { IrDocument, IrMethod } from '../ir/types.js';

/**
 * The API snapshot: the API the package was generated from, kept in the package folder for
 * `--bump`. `api.json` holds the shared structures, the system errors and the list of the
 * methods' files; the methods are in `api/<area>/<section>.json`, grouped by the first two
 * folders of their page under `api-reference/` (some 180 files, none over half a megabyte).
 * A run after an edit makes the file of the edited page's group again and keeps the others as
 * the output folder holds them (linked, never read or made), `api.json` too while the structures
 * are as they were: the 12 MB were made, hashed and written whole on every run before.
 */
export const API_SNAPSHOT_FILE = 'api.json';
/** The folder of the methods' files, beside `api.json`. */
export const API_METHODS_FOLDER = 'api';

// Examples, positions and diagnostics do not decide the API; leaving them out keeps the
// snapshot small and stops a moved line from looking like a change.
const LEFT_OUT = new Set(['examples', 'position', 'requestPosition', 'responsePosition', 'diagnostics', 'pages']);

/** The snapshot's files of one run: the ones to write, and the methods' files the output already holds as they would be written. */
export interface ApiSnapshot {
  /** Texts by package path: the files made this run. */
  files: Map<string, string>;
  /** Files kept from the output folder: sha256 by package path (see `PreviousApiFiles`). */
  kept: Map<string, string>;
  /** The digest of what each file is made from, by path (for the next run's `PreviousApiFiles`). */
  digests: Record<string, string>;
}

/**
 * What the cache knows of the snapshot the last run wrote: the digest of what each of its files
 * was made from, and the sha256 of the output's files that are as that run wrote them. A file
 * made from the same and that the output still holds is kept, not made again.
 */
export interface PreviousApiFiles {
  digests: Readonly<Record<string, string>>;
  onDisk: ReadonlyMap<string, string>;
}

/**
 * The methods' file a page's method goes to: the first two folders of the page under
 * `api-reference/`, each spelled as lower-case ASCII words joined by `-` (a folder name from
 * the docs never reaches the file system as it is). Folders that spell the same share a file.
 */
export function methodsFileOf(source: string): string {
  const folder = source.slice(0, Math.max(0, source.lastIndexOf('/')));
  let file = fileOfFolder.get(folder);
  if (file === undefined) {
    const folders = folder === '' ? [] : folder.split('/');
    const under = folders[0] === 'api-reference' ? folders.slice(1) : folders;
    const names = under.slice(0, 2).map((name) => words(name).map((w) => w.toLowerCase()).join('-') || '_');
    file = `${API_METHODS_FOLDER}/${names.length === 0 ? '_' : names.join('/')}.json`;
    fileOfFolder.set(folder, file);
  }
  return file;
}

/** Pages share folders (some 1,700 methods, some 300 folders), and spelling a name is not free. */
const fileOfFolder = new Map<string, string>();

/** A methods' file as the snapshot names it (a list read back from disk is checked against this). */
const METHODS_FILE = /^api(?:\/(?:_|[a-z0-9]+(?:-[a-z0-9]+)*)){1,2}\.json$/;

/**
 * The snapshot of `ir` as JSON files: deterministic, without what `diff` does not compare, in
 * ASCII (`asciiJson`). With `previous`, a methods' file whose methods are as they were is kept.
 */
export function renderApiSnapshot(ir: IrDocument, previous?: PreviousApiFiles): ApiSnapshot {
  const groups = new Map<string, IrMethod[]>();
  for (const method of ir.methods) {
    const file = methodsFileOf(method.source);
    const group = groups.get(file);
    if (group === undefined) groups.set(file, [method]);
    else group.push(method);
  }
  const methodFiles = [...groups.keys()].sort(compareCodeUnits);
  const files = new Map<string, string>();
  const kept = new Map<string, string>();
  const digests: Record<string, string> = {};
  // api.json: the list of files, the structures (less their fields' places, which it leaves out) and the system errors.
  const head = contentHash('api-head', String(ir.irVersion), JSON.stringify(methodFiles), typesJson(ir.types).withoutPositions, JSON.stringify(ir.systemErrors));
  digests[API_SNAPSHOT_FILE] = head;
  const headOnDisk = previous?.digests[API_SNAPSHOT_FILE] === head ? previous.onDisk.get(API_SNAPSHOT_FILE) : undefined;
  if (headOnDisk !== undefined) kept.set(API_SNAPSHOT_FILE, headOnDisk);
  else files.set(API_SNAPSHOT_FILE, jsonFile({ irVersion: ir.irVersion, methodFiles, types: ir.types, systemErrors: ir.systemErrors }));
  for (const file of methodFiles) {
    const methods = groups.get(file) as IrMethod[];
    const digest = contentHash('api-methods', ...methods.map(methodDigest));
    digests[file] = digest;
    const onDisk = previous?.digests[file] === digest ? previous.onDisk.get(file) : undefined;
    if (onDisk !== undefined) kept.set(file, onDisk);
    else files.set(file, jsonFile({ methods }));
  }
  return { files, kept, digests };
}

/** A value as a snapshot file: its JSON without the left-out keys, indented by one, in ASCII. */
function jsonFile(value: object): string {
  // A copy without the left-out keys, then a plain stringify: the same text as a replacer that
  // drops them, at half the cost (a replacer is a call back into JS for every value of the IR).
  return `${asciiJson(JSON.stringify(withoutLeftOut(value, ''), null, 1))}\n`;
}

/** `value` as `JSON.stringify` would see it through a replacer that drops the `LEFT_OUT` keys. */
function withoutLeftOut(value: unknown, key: string): unknown {
  let v = value;
  if (typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON(k: string): unknown }).toJSON(key);
  if (typeof v !== 'object' || v === null) return v;
  if (v instanceof Number || v instanceof String || v instanceof Boolean) return v;
  if (Array.isArray(v)) return v.map((item: unknown, i) => withoutLeftOut(item, String(i)));
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    if (!LEFT_OUT.has(k)) out[k] = withoutLeftOut((v as Record<string, unknown>)[k], k);
  }
  return out;
}

/**
 * The snapshot back as an IR, its files read by `read` (a package path → its text, undefined
 * when missing); the left-out lists come back empty so that `diffIr` can read it. Undefined when
 * a file is missing, does not parse, or is not one the snapshot would name. Reads the one-file
 * snapshot of earlier versions too (its methods inside `api.json`).
 */
export function parseApiSnapshot(read: (file: string) => string | undefined): IrDocument | undefined {
  try {
    const text = read(API_SNAPSHOT_FILE);
    if (text === undefined) return undefined;
    const parsed = JSON.parse(text) as Partial<IrDocument> & { methodFiles?: unknown };
    if (parsed.irVersion !== 1) return undefined;
    let methods: IrMethod[];
    if (Array.isArray(parsed.methods)) methods = parsed.methods;
    else if (Array.isArray(parsed.methodFiles) && parsed.methodFiles.every((f): f is string => typeof f === 'string' && METHODS_FILE.test(f))) {
      methods = [];
      for (const file of parsed.methodFiles) {
        const part = read(file);
        if (part === undefined) return undefined;
        const group = (JSON.parse(part) as { methods?: unknown }).methods;
        if (!Array.isArray(group)) return undefined;
        methods.push(...(group as IrMethod[]));
      }
      methods.sort((a, b) => compareCodeUnits(a.key, b.key));
    } else return undefined;
    return {
      irVersion: 1,
      methods: methods.map((method) => ({ ...method, examples: {}, diagnostics: [] })),
      types: parsed.types ?? [],
      systemErrors: parsed.systemErrors ?? [],
      pages: [],
      diagnostics: [],
    };
  } catch {
    return undefined;
  }
}
