/**
 * `import()` for the generator's own code. The CLI runs from a bundle compiled through `vm.Script`
 * with V8's code cache (generator/cache/code-cache.ts), and Node 20 cannot run an `import()` in a
 * script made from cached data: the script loses its dynamic-import callback ("A dynamic import
 * callback was not specified"; `importModuleDynamically` is dropped with `cachedData`). So the
 * launcher, an ordinary ES module, hands in its own `import()` (`useModuleImporter`); code loaded
 * the usual way (tests, the workers) imports directly.
 */
type Importer = (specifier: string) => Promise<unknown>;

let importer: Importer = (specifier) => import(specifier);

export function useModuleImporter(imports: Importer): void {
  importer = imports;
}

/** The module at `specifier` (a file URL, or a package name resolved from the generator's folder). */
export function importModule<T>(specifier: string): Promise<T> {
  return importer(specifier) as Promise<T>;
}
