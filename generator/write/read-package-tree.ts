import path from 'node:path';
import type { WriteFs } from './write-fs.js';
import { isErrnoCode } from './write-fs.js';

/**
 * What a folder holds, keyed by `/`-separated relative path. The value is the file's
 * bytes, or null for anything that is not a regular file (a symlink is never followed,
 * so a link pointing outside the folder cannot be read or compared through).
 * Empty folders are not listed: they carry nothing a package consumer could see.
 */
export type PackageTree = Map<string, Buffer | null>;

export type FolderState =
  | { kind: 'absent' }
  | { kind: 'not-a-directory'; what: string }
  | { kind: 'directory' };

export async function inspectFolder(dir: string, fs: WriteFs): Promise<FolderState> {
  try {
    const stats = await fs.lstat(dir);
    if (stats.isDirectory()) return { kind: 'directory' };
    return { kind: 'not-a-directory', what: stats.isSymbolicLink() ? 'a symbolic link' : 'a file' };
  } catch (error) {
    if (isErrnoCode(error, 'ENOENT')) return { kind: 'absent' };
    throw error;
  }
}

export async function readPackageTree(dir: string, fs: WriteFs): Promise<PackageTree> {
  const tree: PackageTree = new Map();
  const walk = async (absolute: string, relative: string): Promise<void> => {
    const entries = await fs.readdir(absolute, { withFileTypes: true });
    for (const entry of entries) {
      const childAbsolute = path.join(absolute, entry.name);
      const childRelative = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(childAbsolute, childRelative);
      else tree.set(childRelative, entry.isFile() ? await fs.readFile(childAbsolute) : null);
    }
  };
  await walk(dir, '');
  return tree;
}
