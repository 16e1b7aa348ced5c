/**
 * Runs the CLI from its bundle (`dist/bundle/main.cjs`, made by bin/bundle-cli.js), compiled
 * from V8's code cache once a run has left one (see generator/cache/code-cache.ts): compiling
 * the bundle's code took every run some 30 ms. The bundle is CommonJS because Node 20 caches
 * code only for scripts it compiles through `vm.Script`. The cache is kept in `code-cache/` of
 * the cache root near the bundle (`cacheRoot`), and taken again after each kind of run it has
 * not seen (`runKind`).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { cacheRoot } from '../cache/cache-dir.js';
import { saveCodeCache, useCodeCache } from '../cache/code-cache.js';

interface Bundle {
  main(argv: readonly string[]): Promise<string>;
  useModuleImporter(imports: (specifier: string) => Promise<unknown>): void;
}

/**
 * V8 tiers a function up to its optimising compiler (TurboFan) once it has run a budget of
 * bytecode; the default budget suits programs that run for minutes. A CLI run is over in
 * 0.1–10 s, and most of its code runs a few times: with the default, a run after a one-page edit
 * had some 70 functions optimised, on the core the print worker needs, for code that was then
 * hardly used again. Eight times the default budget, in paired runs: the warm run 0.61 → 0.53 s
 * (CPU 0.97 → 0.76 s), and the cold run 9.2 → 8.6 s (CPU 14.6 → 12.0 s): the hot loops of a whole
 * build are optimised all the same (README, "Performance"). Set before any code is compiled, since the
 * flags are part of every code cache's key (V8 rejects a cache made under other flags).
 */
const V8_FLAGS = ['--interrupt-budget=540672'];

export async function runBundle(argv: readonly string[]): Promise<void> {
  for (const flag of V8_FLAGS) v8.setFlagsFromString(flag);
  const bundle = fileURLToPath(new URL('../bundle/main.cjs', import.meta.url));
  useCodeCache(path.join(cacheRoot(bundle), 'code-cache'), { test: (file) => file === bundle });
  const { main, useModuleImporter } = createRequire(import.meta.url)(bundle) as Bundle;
  // The bundle cannot run `import()` itself when it comes from the code cache (see import-module.ts).
  useModuleImporter((specifier) => import(specifier));
  const kind = await main(argv);
  saveCodeCache(kind);
}
