import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { checkPackage } from './check-package.js';
import { hashPackageFiles, normalizePackageFiles } from './normalize-package-files.js';
import type { PackageFile } from './normalize-package-files.js';
import { MARKER_FILE, parseMarker, renderMarker } from './package-marker.js';
import { inspectFolder } from './read-package-tree.js';
import type { WriteFs } from './write-fs.js';
import { isErrnoCode, nodeWriteFs } from './write-fs.js';
import { WriteError } from './write-error.js';
import { markStep } from '../timing.js';

export interface WritePackageOptions {
  /** Replace a folder even when it holds files that b24gen did not write. */
  force?: boolean;
  fs?: WriteFs;
  /** sha256 of some of the files' texts, when the caller has them (spares hashing them again). */
  hashes?: ReadonlyMap<string, string>;
  /**
   * sha256 of files now in the output folder, as far as the caller vouches for them (a cache
   * that checked their size, time and inode). A file whose new text has the same hash is
   * hard-linked into the new tree instead of written again, and a differing hash shows the
   * folder is stale without reading it.
   */
  onDisk?: ReadonlyMap<string, string>;
  /**
   * Files not in `files` because the output folder holds them as they would be (their sha256 by
   * path, vouched for in `onDisk`): linked (or copied) into the new tree, never read.
   */
  kept?: ReadonlyMap<string, string>;
  /**
   * Removes the previous package, set aside under a temporary name beside the output once the
   * new one is in place. Without it the writer removes it before returning; a caller with a
   * thread to spare removes it there while it goes on, and awaits `asideRemoved` before exiting.
   * When it fails, the writer removes the folder itself.
   */
  removeAside?: (folder: string) => Promise<void>;
}

export interface WritePackageResult {
  /** False when the folder already held exactly this package, so nothing was touched. */
  written: boolean;
  /** Number of package files (the marker not counted). */
  files: number;
  /** sha256 of each package file as it is on disk now, by path (the marker not included). */
  hashes: ReadonlyMap<string, string>;
  /**
   * Staging or set-aside folders next to the output that an earlier, interrupted run left
   * behind. They are outside the output folder, so they are reported, never deleted.
   */
  leftovers: string[];
  /** Settles once the previous package is removed (see `removeAside`); never rejects. */
  asideRemoved: Promise<void>;
  /**
   * Package files hard-linked from the previous output (those `onDisk` vouched for with the new
   * text's hash): the same files as before, inode, size and time included.
   */
  linked: ReadonlySet<string>;
}

type OutDirKind = 'absent' | 'empty' | 'ours' | 'foreign';

const STAGING_INFIX = '.b24gen-new-';
const ASIDE_INFIX = '.b24gen-old-';

/**
 * Puts a generated package on disk as one step: the new tree is built in a sibling
 * folder and renamed into place, so the previous package stays whole until the swap,
 * and a failed or killed run never leaves a half-written output.
 */
export async function writePackage(
  outDir: string,
  files: ReadonlyMap<string, string>,
  options: WritePackageOptions = {},
): Promise<WritePackageResult> {
  const fs = options.fs ?? nodeWriteFs;
  // Every path is checked before the disk is touched.
  const kept = options.kept ?? new Map<string, string>();
  const entries = normalizePackageFiles(files, kept);
  hashPackageFiles(entries, files, options.hashes);
  const target = path.resolve(outDir);
  refuseDangerousTarget(target);
  const parent = path.dirname(target);
  const base = path.basename(target);

  await fs.mkdir(parent, { recursive: true });
  await restoreInterruptedSwap(target, fs);
  const kind = await classifyOutDir(target, fs);
  if (kind === 'foreign' && options.force !== true) {
    throw new WriteError(
      'foreign-folder',
      `${target} is not empty and was not written by b24gen (no ${MARKER_FILE}); choose another --out or pass --force to replace it`,
    );
  }
  const leftovers = await findLeftovers(parent, base, fs);
  const onDisk = kind === 'ours' ? options.onDisk : undefined;
  if (kept.size > 0 && (onDisk === undefined || [...kept].some(([file, sha256]) => onDisk.get(file) !== sha256))) {
    throw new WriteError('output-changed', `${target} no longer holds the files this run meant to keep from it; run generate again`);
  }
  const knownStale = onDisk !== undefined && entries.some((entry) => onDisk.get(entry.path) !== entry.sha256);
  // With kept files the folder is rewritten (mostly links) rather than read back to compare.
  if (kind === 'ours' && !knownStale && kept.size === 0 && (await checkPackage(target, files, { fs, hashes: options.hashes })).fresh) {
    return { written: false, files: entries.length, hashes: hashesOf(entries), leftovers, asideRemoved: Promise.resolve(), linked: new Set() };
  }

  markStep('write: checked');
  const staging = await createSibling(parent, `.${base}${STAGING_INFIX}`, fs);
  let linked: Set<string>;
  try {
    linked = await writeTree(staging, entries, fs, onDisk === undefined ? undefined : { from: target, onDisk });
  } catch (error) {
    await removeQuietly(staging, fs);
    throw error;
  }
  markStep('write: new tree made');
  const aside = await swapIn(staging, target, kind !== 'absent', fs);
  markStep('write: swapped in');
  const asideRemoved = aside === undefined ? Promise.resolve() : removeAside(aside, fs, options.removeAside);
  if (options.removeAside === undefined) await asideRemoved;
  return { written: true, files: entries.length, hashes: hashesOf(entries), leftovers, asideRemoved, linked };
}

function hashesOf(entries: readonly PackageFile[]): Map<string, string> {
  return new Map(entries.map((entry) => [entry.path, entry.sha256 as string]));
}

function refuseDangerousTarget(target: string): void {
  if (path.parse(target).root === target) {
    throw new WriteError('dangerous-target', `refusing to use the filesystem root ${target} as the output folder`);
  }
  const cwd = path.resolve(process.cwd());
  if (cwd === target || cwd.startsWith(target + path.sep)) {
    throw new WriteError('dangerous-target', `refusing to replace ${target}: it contains the current working directory`);
  }
}

async function classifyOutDir(target: string, fs: WriteFs): Promise<OutDirKind> {
  const state = await inspectFolder(target, fs);
  if (state.kind === 'absent') return 'absent';
  if (state.kind === 'not-a-directory') {
    throw new WriteError('not-a-directory', `${target} is ${state.what}, not a folder; choose another --out`);
  }
  const names = (await fs.readdir(target, { withFileTypes: true })).map((entry) => entry.name);
  if (names.length === 0) return 'empty';
  if (!names.includes(MARKER_FILE)) return 'foreign';
  let text: string;
  try {
    text = (await fs.readFile(path.join(target, MARKER_FILE))).toString('utf8');
  } catch {
    return 'foreign';
  }
  return parseMarker(text) === null ? 'foreign' : 'ours';
}

/**
 * A run killed between "old aside" and "new in" leaves no output folder and the old
 * package under a sibling name. Put it back, so the previous package is what the user
 * sees (the write that follows then replaces it normally).
 */
async function restoreInterruptedSwap(target: string, fs: WriteFs): Promise<void> {
  if ((await inspectFolder(target, fs)).kind !== 'absent') return;
  const parent = path.dirname(target);
  const prefix = `.${path.basename(target)}${ASIDE_INFIX}`;
  const candidates: string[] = [];
  for (const entry of await fs.readdir(parent, { withFileTypes: true })) {
    if (!entry.isDirectory() || !entry.name.startsWith(prefix)) continue;
    const candidate = path.join(parent, entry.name);
    try {
      if (parseMarker((await fs.readFile(path.join(candidate, MARKER_FILE))).toString('utf8')) !== null) candidates.push(candidate);
    } catch {
      // not a complete package of ours: leave it alone
    }
  }
  // With several candidates we cannot tell which one was the last good package.
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (only !== undefined) await fs.rename(only, target);
}

async function findLeftovers(parent: string, base: string, fs: WriteFs): Promise<string[]> {
  const prefixes = [`.${base}${STAGING_INFIX}`, `.${base}${ASIDE_INFIX}`];
  const names = (await fs.readdir(parent, { withFileTypes: true }))
    .map((entry) => entry.name)
    .filter((name) => prefixes.some((prefix) => name.startsWith(prefix)));
  return names.sort().map((name) => path.join(parent, name));
}

async function createSibling(parent: string, prefix: string, fs: WriteFs): Promise<string> {
  // mkdir rather than mkdtemp: mkdtemp creates mode 0700, which the renamed output would keep.
  for (;;) {
    const candidate = path.join(parent, prefix + randomBytes(6).toString('hex'));
    try {
      await fs.mkdir(candidate, { recursive: false });
      return candidate;
    } catch (error) {
      if (!isErrnoCode(error, 'EEXIST')) throw error;
    }
  }
}

/** Files of the current output whose hashes the caller vouches for, to link instead of write. */
interface Reuse {
  from: string;
  onDisk: ReadonlyMap<string, string>;
}

/** File operations in flight at once: enough to keep libuv's thread pool busy with small files. */
const CONCURRENT_FILE_OPS = 16;

/**
 * Runs `task` on every item, `limit` at a time. On a failure no new task starts, the ones in
 * flight are waited for (so that nothing still writes into a folder the caller is about to
 * remove), and the first error is thrown.
 */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const item = items[next++] as T;
      try {
        await task(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failure !== undefined) throw failure.error;
}

/** Writes the package's tree under `root`; returns the files it linked from `reuse`'s folder. */
async function writeTree(root: string, entries: readonly PackageFile[], fs: WriteFs, reuse?: Reuse): Promise<Set<string>> {
  const linked = new Set<string>();
  // Folders first, parents before children (sorted paths), then the files side by side.
  const folders = [...new Set(entries.map((entry) => path.posix.dirname(entry.path)).filter((folder) => folder !== '.'))].sort();
  for (const folder of folders) await fs.mkdir(path.join(root, ...folder.split('/')), { recursive: true });
  await eachLimited(entries, CONCURRENT_FILE_OPS, async (entry) => {
    const segments = entry.path.split('/');
    const file = path.join(root, ...segments);
    if (reuse !== undefined && entry.sha256 !== undefined && reuse.onDisk.get(entry.path) === entry.sha256) {
      // The old tree is set aside and removed after the swap; a link keeps the file's bytes.
      const old = path.join(reuse.from, ...segments);
      if (fs.link !== undefined) {
        try {
          await fs.link(old, file);
          linked.add(entry.path);
          return;
        } catch {
          // No hard links here (or the file went away): written, or for a kept file copied, below.
        }
      }
      // A kept file has no text here: it can only come from the old tree.
      if (entry.kept === true && fs.copyFile !== undefined) {
        await fs.copyFile(old, file).catch(() => {
          throw new WriteError('output-changed', `${old} went away while b24gen ran; run generate again`);
        });
        return;
      }
    }
    if (entry.kept === true) throw new WriteError('output-changed', `${entry.path} was to be kept from the previous package, which no longer holds it; run generate again`);
    await fs.writeFile(file, entry.content, { flag: 'wx' });
  });
  // Last, so that a staging folder with a marker is always a complete package.
  await fs.writeFile(path.join(root, MARKER_FILE), renderMarker(entries), { flag: 'wx' });
  return linked;
}

/** Renames the new tree into place; returns where the previous one was set aside (for the caller to remove), if there was one. */
async function swapIn(staging: string, target: string, targetExists: boolean, fs: WriteFs): Promise<string | undefined> {
  if (!targetExists) {
    try {
      await fs.rename(staging, target);
    } catch (error) {
      await removeQuietly(staging, fs);
      throw error;
    }
    return undefined;
  }
  let aside: string;
  try {
    aside = await reserveAsideName(target, fs);
    await fs.rename(target, aside);
  } catch (error) {
    await removeQuietly(staging, fs);
    throw error;
  }
  try {
    await fs.rename(staging, target);
  } catch (error) {
    try {
      await fs.rename(aside, target);
    } catch {
      throw new WriteError(
        'swap-failed',
        `could not move the new package into ${target}, nor the previous one back; the previous package is in ${aside}`,
      );
    }
    await removeQuietly(staging, fs);
    throw error;
  }
  // The old package is now outside the output only under our own temporary name.
  return aside;
}

/** Removes the set-aside previous package: with `elsewhere` when given, else (or when that fails) here. */
async function removeAside(aside: string, fs: WriteFs, elsewhere: ((folder: string) => Promise<void>) | undefined): Promise<void> {
  if (elsewhere !== undefined) {
    try {
      await elsewhere(aside);
      return;
    } catch {
      // Removed here instead.
    }
  }
  await removeQuietly(aside, fs);
}

async function reserveAsideName(target: string, fs: WriteFs): Promise<string> {
  const parent = path.dirname(target);
  for (;;) {
    const candidate = path.join(parent, `.${path.basename(target)}${ASIDE_INFIX}${randomBytes(6).toString('hex')}`);
    if ((await inspectFolder(candidate, fs)).kind === 'absent') return candidate;
  }
}

async function removeQuietly(folder: string, fs: WriteFs): Promise<void> {
  try {
    await fs.rm(folder, { recursive: true, force: true });
  } catch {
    // A folder we could not clean up is reported as a leftover by the next run.
  }
}
