import { chmodSync, chownSync, lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheDirProblem, cacheRoot, resolveCacheDir } from './cache-dir.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'b24gen-cache-dir-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const modeOf = (dir: string): number => lstatSync(dir).mode & 0o777;

describe('where caches live', () => {
  it('takes a given root, else the nearest node_modules above, one folder per output folder', () => {
    expect(cacheRoot(path.join(work, 'out'), path.join(work, 'root'))).toBe(path.join(work, 'root'));
    mkdirSync(path.join(work, 'project', 'node_modules'), { recursive: true });
    const out = path.join(work, 'project', 'a', 'generated');
    expect(cacheRoot(out, '')).toBe(path.join(work, 'project', 'node_modules', '.cache', 'b24gen'));
    const dir = resolveCacheDir(out, '');
    expect(path.dirname(dir)).toBe(path.join(work, 'project', 'node_modules', '.cache', 'b24gen'));
    expect(resolveCacheDir(path.join(work, 'project', 'b', 'generated'), '')).not.toBe(dir);
  });
});

describe('cacheDirProblem', () => {
  it('makes a missing folder for its user alone, and uses it', () => {
    const dir = path.join(work, 'a', 'b');
    expect(cacheDirProblem(dir)).toBeUndefined();
    if (process.getuid !== undefined) expect(modeOf(dir)).toBe(0o700);
  });

  it('refuses a folder every user can write, a link, and a file; makes a group-writable one private', () => {
    const open = path.join(work, 'open');
    mkdirSync(open);
    chmodSync(open, 0o777);
    expect(cacheDirProblem(open)).toMatch(/writable by every user/);
    const group = path.join(work, 'group');
    mkdirSync(group);
    chmodSync(group, 0o775);
    expect(cacheDirProblem(group)).toBeUndefined();
    expect(modeOf(group)).toBe(0o755);
    const link = path.join(work, 'link');
    symlinkSync(group, link);
    expect(cacheDirProblem(link)).toMatch(/not a folder/);
    const file = path.join(work, 'file');
    writeFileSync(file, '');
    expect(cacheDirProblem(file)).toMatch(/cannot be made|not a folder/);
  });

  it("refuses another user's folder", () => {
    const uid = process.getuid?.();
    if (uid === undefined) return;
    if (uid === 0) {
      // As root: a folder given to another user.
      const theirs = path.join(work, 'theirs');
      mkdirSync(theirs, { mode: 0o700 });
      chownSync(theirs, 65534, 65534);
      expect(cacheDirProblem(theirs)).toMatch(/belongs to another user/);
    } else {
      // As anyone else: the root folder is root's.
      expect(cacheDirProblem('/')).toMatch(/belongs to another user/);
    }
  });
});
