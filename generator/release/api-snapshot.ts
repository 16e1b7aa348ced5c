import type { IrDocument, IrMethod } from '../ir/types.js';

/** The file in the package folder that keeps the API the package was generated from, for `--bump`. */
export const API_SNAPSHOT_FILE = 'api.json';

// Examples, positions and diagnostics do not decide the API; leaving them out keeps the
// snapshot small and stops a moved line from looking like a change.
const LEFT_OUT = new Set(['examples', 'position', 'requestPosition', 'responsePosition', 'diagnostics', 'pages']);

/** The IR as the snapshot file holds it: JSON, deterministic, without what `diff` does not compare. */
export function renderApiSnapshot(ir: IrDocument): string {
  // A copy without the left-out keys, then a plain stringify: the same text as a replacer that
  // drops them, at half the cost (a replacer is a call back into JS for every value of the IR).
  // The methods are put in as their chunks, each made once per method (see `methodSnapshotChunk`).
  const text = JSON.stringify(withoutLeftOut({ ...ir, methods: [] }, ''), null, 1);
  if (ir.methods.length === 0) return `${text}\n`;
  const methods = `\n "methods": [\n  ${ir.methods.map(methodSnapshotChunk).join(',\n  ')}\n ]`;
  return `${text.replace(EMPTY_METHODS, () => methods)}\n`;
}

/** The top-level key as `JSON.stringify(…, null, 1)` writes an empty list: the first such line (it precedes `types`). */
const EMPTY_METHODS = '\n "methods": []';

const chunks = new WeakMap<IrMethod, string>();

/**
 * One method as it stands in the snapshot's `methods` list: its JSON without the left-out keys,
 * indented for that place (two spaces). Made once per method object; a method read back from
 * the cache comes with its chunk (`knownSnapshotChunk`), so a warm run does not stringify it.
 */
export function methodSnapshotChunk(method: IrMethod): string {
  let chunk = chunks.get(method);
  if (chunk === undefined) {
    chunk = JSON.stringify(withoutLeftOut(method, ''), null, 1).replace(/\n/g, '\n  ');
    chunks.set(method, chunk);
  }
  return chunk;
}

/** Tells the chunk of a method read back from the cache, recorded when the method was written. */
export function knownSnapshotChunk(method: IrMethod, chunk: string): void {
  chunks.set(method, chunk);
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

/** The snapshot back as an IR; the left-out lists come back empty so that `diffIr` can read it. */
export function parseApiSnapshot(text: string): IrDocument | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<IrDocument>;
    if (parsed.irVersion !== 1 || !Array.isArray(parsed.methods)) return undefined;
    return {
      irVersion: 1,
      methods: parsed.methods.map((method) => ({ ...method, examples: {}, diagnostics: [] })),
      types: parsed.types ?? [],
      systemErrors: parsed.systemErrors ?? [],
      pages: [],
      diagnostics: [],
    };
  } catch {
    return undefined;
  }
}
