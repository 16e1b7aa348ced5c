import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** The outcome of reading one docs file: its text, or why it could not be read. */
export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Reads files of one docs tree by root-relative path, with a cache. */
export interface DocsReader {
  /** The docs root as given (not resolved), for messages. */
  readonly root: string;
  /**
   * Reads `relPath` (relative to the root, `/`-separated). Refuses paths that resolve outside
   * the root (after following symlinks) and binary files; never throws. The text has no BOM
   * and only `\n` line ends.
   */
  read(relPath: string): ReadResult;
}

/** Strips a leading BOM and turns CRLF / lone CR into LF. */
export function normaliseText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}

/** True when `child` is `parent` itself or lies below it (both absolute, resolved). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Creates a reader for the docs tree at `root`. */
export function createDocsReader(root: string): DocsReader {
  const cache = new Map<string, ReadResult>();
  let realRoot: string | undefined;

  const resolveRoot = (): string => {
    realRoot ??= realpathSync.native(root);
    return realRoot;
  };

  // libc realpath: the JS one walks every path component itself, twice as slow over a whole tree.
  const readUncached = (relPath: string): ReadResult => {
    if (relPath.includes('\0')) return { ok: false, reason: 'path contains a NUL character' };
    if (path.isAbsolute(relPath) || relPath.startsWith('/')) {
      return { ok: false, reason: `not a docs-relative path: ${relPath}` };
    }
    let base: string;
    try {
      base = resolveRoot();
    } catch {
      return { ok: false, reason: `docs root not found: ${root}` };
    }
    const wanted = path.resolve(base, relPath);
    // A lexical check first, so that a missing file outside the root is reported as "outside".
    if (!isInside(base, wanted)) return { ok: false, reason: `outside the docs root: ${relPath}` };
    let real: string;
    try {
      real = realpathSync.native(wanted);
    } catch {
      return { ok: false, reason: `file not found: ${relPath}` };
    }
    if (!isInside(base, real)) return { ok: false, reason: `outside the docs root (symlink): ${relPath}` };
    let bytes: Buffer;
    try {
      bytes = readFileSync(real);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'read error';
      return { ok: false, reason: `cannot read ${relPath}: ${code}` };
    }
    if (bytes.includes(0)) return { ok: false, reason: `binary file (NUL bytes): ${relPath}` };
    return { ok: true, text: normaliseText(bytes.toString('utf8')) };
  };

  return {
    root,
    read(relPath: string): ReadResult {
      const key = relPath.split('\\').join('/');
      let result = cache.get(key);
      if (result === undefined) {
        result = readUncached(key);
        cache.set(key, result);
      }
      return result;
    },
  };
}
