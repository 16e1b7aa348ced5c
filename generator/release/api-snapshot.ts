import type { IrDocument } from '../ir/types.js';

/** The file in the package folder that keeps the API the package was generated from, for `--bump`. */
export const API_SNAPSHOT_FILE = 'api.json';

// Examples, positions and diagnostics do not decide the API; leaving them out keeps the
// snapshot small and stops a moved line from looking like a change.
const LEFT_OUT = new Set(['examples', 'position', 'requestPosition', 'responsePosition', 'diagnostics', 'pages']);

/** The IR as the snapshot file holds it: JSON, deterministic, without what `diff` does not compare. */
export function renderApiSnapshot(ir: IrDocument): string {
  return `${JSON.stringify(ir, (key, value: unknown) => (LEFT_OUT.has(key) ? undefined : value), 1)}\n`;
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
