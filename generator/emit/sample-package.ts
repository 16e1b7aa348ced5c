/**
 * Test support (only tests import it): the package generated from the repository's `docs/` (five
 * methods) with the zod and msw entry points, installed into a scratch project whose
 * `node_modules` also holds the peers (zod, msw) linked from this repository.
 */
import { spawn } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IrDocument } from '../ir/types.js';
import { buildIr } from '../pipeline/build-ir.js';
import { emitPackage } from './index.js';
import { installPackage, type InstalledPackage } from './typecheck-package.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLE_NAME = '@b24gen/client';

export interface SamplePackage extends InstalledPackage {
  ir: IrDocument;
  files: Map<string, string>;
  /** Runs an ES module (written to the scratch root) with Node; resolves to its stdout. */
  runScript(name: string, source: string): Promise<string>;
}

export async function installSamplePackage(options: { zod?: boolean; msw?: boolean } = { zod: true, msw: true }): Promise<SamplePackage> {
  const ir = await buildIr(path.join(ROOT, 'docs'));
  const files = await emitPackage(ir, {
    packageName: SAMPLE_NAME,
    packageVersion: '0.1.0',
    runtimeDir: path.join(ROOT, 'generator/runtime'),
    ...options,
  });
  const pkg = await installPackage(files, SAMPLE_NAME);
  await mkdir(path.join(pkg.root, 'node_modules', '@types'), { recursive: true });
  for (const dep of ['zod', 'msw', '@types/node']) {
    await symlink(path.join(ROOT, 'node_modules', dep), path.join(pkg.root, 'node_modules', dep), 'dir');
  }
  const runScript = async (name: string, source: string): Promise<string> => {
    const file = path.join(pkg.root, name);
    await writeFile(file, source);
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [file], { cwd: pkg.root, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${name} exited with ${code}: ${err}`))));
    });
  };
  return { ...pkg, ir, files, runScript };
}
