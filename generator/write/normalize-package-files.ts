import { sha256Hex } from '../content-hash.js';
import { MARKER_FILE } from './package-marker.js';
import { validatePackagePath } from './validate-package-path.js';
import { WriteError } from './write-error.js';
import { compareCodeUnits } from '../compare-code-units.js';

/** One file of the package as it goes to disk: a safe relative path and LF-only text. */
export interface PackageFile {
  path: string;
  content: string;
  /** sha256 of `content` (hex), when already known. */
  sha256?: string;
  /** Not made by this run: the output folder holds it with this `sha256`, to be linked (or copied) from there; `content` is empty. */
  kept?: true;
}

/**
 * Validates every path, converts CRLF/CR to LF and sorts by path (code units), so the
 * disk layout and the marker never depend on the Map's insertion order. Also rejects
 * layouts that no filesystem can hold the same way everywhere: the reserved marker
 * name, a path that is both a file and a folder, and names that differ only in case
 * (they collide on macOS and Windows).
 */
export function normalizePackageFiles(files: ReadonlyMap<string, string>, kept: ReadonlyMap<string, string> = new Map()): PackageFile[] {
  const result: PackageFile[] = [];
  for (const [path, sha256] of kept) {
    validatePackagePath(path);
    if (files.has(path) || path === MARKER_FILE) throw new WriteError('unsafe-path', `refusing to keep ${JSON.stringify(path)}: it is also made, or reserved`);
    result.push({ path, content: '', sha256, kept: true });
  }
  for (const [path, content] of files) {
    validatePackagePath(path);
    if (path === MARKER_FILE) {
      throw new WriteError('unsafe-path', `refusing to write ${JSON.stringify(path)}: the name is reserved for b24gen's marker file`);
    }
    // Generated text has no CR: the scan is cheap, the replace (a new string) only when needed.
    result.push({ path, content: content.includes('\r') ? content.replace(/\r\n?/g, '\n') : content });
  }
  result.sort((a, b) => compareCodeUnits(a.path, b.path));

  const byFoldedName = new Map<string, string>();
  const filePaths = new Set(result.map((file) => file.path));
  for (const { path } of result) {
    const folded = path.toLowerCase();
    const clash = byFoldedName.get(folded);
    if (clash !== undefined) {
      throw new WriteError('unsafe-path', `refusing to write ${JSON.stringify(path)}: it differs from ${JSON.stringify(clash)} only in letter case`);
    }
    byFoldedName.set(folded, path);
    const segments = path.split('/');
    for (let i = 1; i < segments.length; i++) {
      const folder = segments.slice(0, i).join('/');
      if (filePaths.has(folder)) {
        throw new WriteError('unsafe-path', `refusing to write ${JSON.stringify(path)}: ${JSON.stringify(folder)} is also a file`);
      }
    }
  }
  return result;
}

/**
 * Sets each file's `sha256`: from `known` (hashes of the unnormalised texts in `files`, e.g.
 * kept by a cache) when normalising left its text as it was, else computed.
 */
export function hashPackageFiles(entries: PackageFile[], files: ReadonlyMap<string, string>, known: ReadonlyMap<string, string> | undefined): void {
  for (const entry of entries) {
    if (entry.kept === true) continue;
    const given = known?.get(entry.path);
    entry.sha256 = given !== undefined && files.get(entry.path) === entry.content ? given : sha256Hex(entry.content);
  }
}
