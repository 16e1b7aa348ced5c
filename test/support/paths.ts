import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const projectRoot: string = fileURLToPath(new URL('../../', import.meta.url));
export const binPath: string = path.join(projectRoot, 'bin', 'b24gen.js');
export const shippedDocs: string = path.join(projectRoot, 'docs');
export const shippedPackage: string = path.join(projectRoot, 'generated');

const corpusRoot = path.resolve(projectRoot, '..', 'shared', 'corpus');
export const CURRENT_SNAPSHOT = 'b24restdocs-2026-08-21';
export const OLDER_SNAPSHOT = 'b24restdocs-2026-05-19';

/**
 * A snapshot of the real docs. Corpus tests never skip: when ../shared is missing they fail
 * with this message, so a green run always means the corpus was read.
 */
export function corpusSnapshot(name: string = CURRENT_SNAPSHOT): string {
  const dir = path.join(corpusRoot, name);
  if (!existsSync(path.join(dir, 'api-reference'))) {
    throw new Error(`CORPUS MISSING: ${dir} not found. The corpus tests need ../shared/corpus beside the project (see README).`);
  }
  return dir;
}
