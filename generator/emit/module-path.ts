/** Relative ESM specifiers between the package's files, whatever folder depth a module sits at. */
import path from 'node:path';

/**
 * The specifier `from` (a `src/….ts` file) uses to import `to` (another `src/….ts` file):
 * `./deals.js`, `../../types.js`. Posix paths only, so the text does not depend on the host.
 */
export function relativeImport(from: string, to: string): string {
  const rel = path.posix.relative(path.posix.dirname(from), to).replace(/\.ts$/, '.js');
  return rel.startsWith('../') ? rel : `./${rel}`;
}

/** A module's source (`src/….ts`): the package ships its compiled forms under `dist/`. */
export function isModuleSource(file: string): boolean {
  return file.startsWith('src/') && file.endsWith('.ts');
}

/** Where a module's compiled forms go: `src/methods/crm.ts` → `dist/methods/crm.js` and `.d.ts`. */
export function compiledPaths(file: string): { js: string; dts: string } {
  const stem = `dist/${file.slice('src/'.length, -'.ts'.length)}`;
  return { js: `${stem}.js`, dts: `${stem}.d.ts` };
}
