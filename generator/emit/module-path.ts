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
