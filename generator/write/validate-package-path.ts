import { WriteError } from './write-error.js';

/**
 * Checks that a path coming from emit names a file strictly inside the output folder,
 * spelled the same way on every platform: `/`-separated, relative, no `.`/`..`/empty
 * segments, no backslashes, drive letters or NUL. Returns the path unchanged.
 */
export function validatePackagePath(relativePath: string): string {
  const reject = (why: string): never => {
    throw new WriteError('unsafe-path', `refusing to write ${JSON.stringify(relativePath)}: ${why}`);
  };
  if (relativePath.length === 0) reject('the path is empty');
  if (relativePath.includes('\0')) reject('the path contains a NUL character');
  if (relativePath.includes('\\')) reject('the path contains a backslash; use "/" separators');
  if (/^[A-Za-z]:/.test(relativePath)) reject('the path starts with a drive letter');
  if (relativePath.startsWith('/')) reject('the path is absolute');
  for (const segment of relativePath.split('/')) {
    if (segment === '') reject('the path has an empty segment');
    if (segment === '.' || segment === '..') reject(`the path has a "${segment}" segment`);
  }
  return relativePath;
}
