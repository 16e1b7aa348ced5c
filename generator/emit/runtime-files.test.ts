import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRuntimeFiles } from './runtime-files.js';

describe('readRuntimeFiles', () => {
  it('copies the non-test .ts sources only, with / paths', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'b24gen-rt-'));
    try {
      await mkdir(path.join(dir, 'sub'));
      for (const name of ['index.ts', 'core.ts', 'core.test.ts', 'types.test-d.ts', 'x.d.ts', 'notes.md', 'sub/deep.ts']) {
        await writeFile(path.join(dir, name), `// ${name}\r\n`);
      }
      const files = await readRuntimeFiles(dir);
      expect([...files.keys()].sort()).toEqual(['core.ts', 'index.ts', 'sub/deep.ts']);
      expect(files.get('index.ts')).toBe('// index.ts\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a directory without index.ts', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'b24gen-rt-'));
    try {
      await expect(readRuntimeFiles(dir)).rejects.toThrow(/no index\.ts/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
