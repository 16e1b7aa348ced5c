import * as fsp from 'node:fs/promises';
import { constants as fsConstants, linkSync, lstatSync, mkdirSync, readdirSync, renameSync, type Dirent, type Stats } from 'node:fs';

/**
 * The filesystem calls the write stage makes. Tests pass a wrapper that fails one call
 * on purpose, to prove that a failure at any step leaves the previous package in place.
 */
export interface WriteFs {
  lstat(path: string): Promise<Stats>;
  readdir(path: string, options: { withFileTypes: true }): Promise<Dirent[]>;
  readFile(path: string): Promise<Buffer>;
  mkdir(path: string, options: { recursive: boolean }): Promise<string | undefined>;
  writeFile(path: string, data: string | Uint8Array, options: { flag: 'wx' }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { recursive: true; force: true }): Promise<void>;
  /** A hard link; without it (or when it fails) a file is written instead. */
  link?(existing: string, newPath: string): Promise<void>;
  /** A copy that never replaces a file: how a kept file gets into the new tree where it cannot be linked. */
  copyFile?(from: string, to: string): Promise<void>;
}

/**
 * Node's file system. The calls that only touch metadata run on this thread: a write makes some
 * thirty folders and a few checks one after another, and each call through the thread pool took
 * a turn of the event loop (the links likewise, below). Writing and removing files stay there.
 */
export const nodeWriteFs: WriteFs = {
  lstat: async (path) => lstatSync(path),
  readdir: async (path, options) => readdirSync(path, options),
  readFile: (path) => fsp.readFile(path),
  mkdir: async (path, options) => mkdirSync(path, options),
  writeFile: (path, data, options) => fsp.writeFile(path, data, { encoding: 'utf8', flag: options.flag }),
  rename: async (from, to) => renameSync(from, to),
  rm: (path, options) => fsp.rm(path, options),
  // A warm run links some 800 unchanged files: one system call each on this thread took a
  // third of the time of the same calls through the thread pool.
  link: async (existing, newPath) => linkSync(existing, newPath),
  copyFile: (from, to) => fsp.copyFile(from, to, fsConstants.COPYFILE_EXCL),
};

export function isErrnoCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
