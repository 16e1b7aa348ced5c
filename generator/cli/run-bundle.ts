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
import { cacheRoot } from '../cache/cache-dir.js';
import { saveCodeCache, useCodeCache } from '../cache/code-cache.js';

interface Bundle {
  main(argv: readonly string[]): Promise<string>;
  useModuleImporter(imports: (specifier: string) => Promise<unknown>): void;
}

export async function runBundle(argv: readonly string[]): Promise<void> {
  const bundle = fileURLToPath(new URL('../bundle/main.cjs', import.meta.url));
  useCodeCache(path.join(cacheRoot(bundle), 'code-cache'), { test: (file) => file === bundle });
  const { main, useModuleImporter } = createRequire(import.meta.url)(bundle) as Bundle;
  // The bundle cannot run `import()` itself when it comes from the code cache (see import-module.ts).
  useModuleImporter((specifier) => import(specifier));
  const kind = await main(argv);
  saveCodeCache(kind);
}
