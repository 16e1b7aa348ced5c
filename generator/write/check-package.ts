import path from 'node:path';
import { MARKER_FILE, renderMarker } from './package-marker.js';
import { hashPackageFiles, normalizePackageFiles } from './normalize-package-files.js';
import { inspectFolder, readPackageTree } from './read-package-tree.js';
import type { PackageTree } from './read-package-tree.js';
import type { WriteFs } from './write-fs.js';
import { nodeWriteFs } from './write-fs.js';
import { compareCodeUnits } from '../compare-code-units.js';

export type StaleReason = 'changed' | 'missing' | 'extra';

export interface StaleFile {
  path: string;
  reason: StaleReason;
}

export interface CheckResult {
  /** Relative paths that differ from what would be generated, sorted; includes the marker. */
  stale: string[];
  fresh: boolean;
  /** The same paths with the reason for each. */
  changes: StaleFile[];
}

export interface CheckOptions {
  fs?: WriteFs;
  /** sha256 of some of the files' texts, when the caller has them (spares hashing them again). */
  hashes?: ReadonlyMap<string, string>;
}

/** Compares a folder on disk with the package that `files` describe, byte for byte. */
export async function checkPackage(
  outDir: string,
  files: ReadonlyMap<string, string>,
  options: CheckOptions = {},
): Promise<CheckResult> {
  const fs = options.fs ?? nodeWriteFs;
  const entries = normalizePackageFiles(files);
  hashPackageFiles(entries, files, options.hashes);
  const expected = new Map<string, string>(entries.map((file) => [file.path, file.content]));
  expected.set(MARKER_FILE, renderMarker(entries));

  const target = path.resolve(outDir);
  const state = await inspectFolder(target, fs);
  const actual: PackageTree = state.kind === 'directory' ? await readPackageTree(target, fs) : new Map();
  return compareTrees(expected, actual);
}

export function compareTrees(expected: ReadonlyMap<string, string>, actual: PackageTree): CheckResult {
  const changes: StaleFile[] = [];
  for (const [file, content] of expected) {
    const onDisk = actual.get(file);
    if (onDisk === undefined) changes.push({ path: file, reason: 'missing' });
    else if (onDisk === null || !onDisk.equals(Buffer.from(content, 'utf8'))) changes.push({ path: file, reason: 'changed' });
  }
  for (const file of actual.keys()) {
    if (!expected.has(file)) changes.push({ path: file, reason: 'extra' });
  }
  changes.sort((a, b) => compareCodeUnits(a.path, b.path));
  return { stale: changes.map((change) => change.path), fresh: changes.length === 0, changes };
}
