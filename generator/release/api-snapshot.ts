import type { IrDocument } from '../ir/types.js';

/** The file in the package folder that keeps the API the package was generated from, for `--bump`. */
export const API_SNAPSHOT_FILE = 'api.json';

// Examples, positions and diagnostics do not decide the API; leaving them out keeps the
// snapshot small and stops a moved line from looking like a change.
const LEFT_OUT = new Set(['examples', 'position', 'requestPosition', 'responsePosition', 'diagnostics', 'pages']);

/** The IR as the snapshot file holds it: JSON, deterministic, without what `diff` does not compare. */
export function renderApiSnapshot(ir: IrDocument): string {
  // A copy without the left-out keys, then a plain stringify: the same text as a replacer that
  // drops them, at half the cost (a replacer is a call back into JS for every value of the IR).
  return `${JSON.stringify(withoutLeftOut(ir, ''), null, 1)}\n`;
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
