import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WriteFs } from './write-fs.js';
import { nodeWriteFs } from './write-fs.js';

/** A fresh scratch folder per test; the caller removes it. */
export async function scratchDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'b24gen-write-test-'));
}

export async function removeScratch(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Every file under `dir` with its text, keyed by `/` path, for before/after comparisons. */
export async function snapshotTree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const snapshot: Record<string, string> = {};
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    snapshot[path.relative(dir, absolute).split(path.sep).join('/')] = await readFile(absolute, 'utf8');
  }
  return Object.fromEntries(Object.entries(snapshot).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

type FsMethod = keyof WriteFs;

/**
 * The real fs, except that the `nth` call (1-based) of `method` whose first argument
 * satisfies `match` throws EIO: a disk error at one exact step of the write.
 */
export function failingFs(method: FsMethod, nth: number, match: (firstArg: string) => boolean = () => true): WriteFs & { failed: () => boolean } {
  let seen = 0;
  let failed = false;
  const wrapped: Record<string, unknown> = {};
  for (const key of Object.keys(nodeWriteFs) as FsMethod[]) {
    const original = nodeWriteFs[key] as (...args: unknown[]) => Promise<unknown>;
    wrapped[key] = async (...args: unknown[]): Promise<unknown> => {
      if (key === method && match(String(args[0]))) {
        seen += 1;
        if (seen === nth) {
          failed = true;
          throw Object.assign(new Error(`injected EIO on ${key} #${nth}`), { code: 'EIO' });
        }
      }
      return original(...args);
    };
  }
  return Object.assign(wrapped as unknown as WriteFs, { failed: () => failed });
}
