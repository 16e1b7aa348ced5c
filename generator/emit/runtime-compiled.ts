/**
 * The runtime's `.js` and `.d.ts`, transpiled once when the generator is built (`npm run build`
 * writes `dist/runtime-compiled.json`) instead of in every generate run: the runtime is the same
 * 26 files each time, and transpiling them cold cost a quarter of a second plus the compiler's
 * warm-up. A record is used only for the source text it was made from (by hash); any other
 * runtime file, or a run without the record, is transpiled as before.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { TranspiledFile } from './transpile.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { sha256Hex } from '../content-hash.js';

interface CompiledRecord {
  hash: string;
  js: string;
  dts: string;
}

/** Where the build puts the record: beside the compiled generator (`dist/`). */
export const COMPILED_RUNTIME_URL = new URL('../runtime-compiled.json', import.meta.url);


/** Writes the record of `files` (runtime path → source), transpiled with `transpile`. */
export async function writeCompiledRuntime(files: ReadonlyMap<string, string>, transpile: (file: string, source: string) => TranspiledFile, target: URL = COMPILED_RUNTIME_URL): Promise<void> {
  const record: Record<string, CompiledRecord> = {};
  for (const [name, source] of [...files].sort(([a], [b]) => compareCodeUnits(a, b))) {
    const { js, dts } = transpile(`src/runtime/${name}`, source);
    record[name] = { hash: sha256Hex(source), js, dts };
  }
  await writeFile(target, `${JSON.stringify(record)}\n`);
}

/** The compiled forms of those of `files` that the record holds for exactly their text, by runtime path. */
export async function readCompiledRuntime(files: ReadonlyMap<string, string>, source: URL = COMPILED_RUNTIME_URL): Promise<Map<string, TranspiledFile>> {
  const out = new Map<string, TranspiledFile>();
  let record: unknown;
  try {
    record = JSON.parse(await readFile(source, 'utf8'));
  } catch {
    return out;
  }
  if (typeof record !== 'object' || record === null) return out;
  for (const [name, text] of files) {
    if (!Object.hasOwn(record, name)) continue;
    const entry = (record as Record<string, unknown>)[name] as Partial<CompiledRecord> | null;
    if (entry === null || typeof entry !== 'object' || typeof entry.js !== 'string' || typeof entry.dts !== 'string') continue;
    if (entry.hash === sha256Hex(text)) out.set(name, { js: entry.js, dts: entry.dts });
  }
  return out;
}
