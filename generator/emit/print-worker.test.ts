/**
 * The print worker runs the built JavaScript (`npm test` builds first): the package it helps
 * make must be the one this thread makes alone.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildIr } from '../pipeline/build-ir.js';
import { emitPackage } from './index.js';
import type { ModuleViews } from './module-views.js';
import type { PartRequest } from './parts.js';
import type * as PrintWorkerClient from './print-worker-client.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = path.join(ROOT, 'dist/emit/print-worker-client.js');

async function builtClient(): Promise<typeof PrintWorkerClient> {
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run npm run build (npm test does) before this test`);
  return (await import(BUILT)) as typeof PrintWorkerClient;
}

function mapMemo(): { get(k: string): ModuleViews | undefined; keep(k: string, v: ModuleViews): void } {
  const map = new Map<string, ModuleViews>();
  return { get: (k) => map.get(k), keep: (k, v) => void map.set(k, v) };
}

describe('print worker', () => {
  it('prints and compiles the docs/ package to the same files as this thread alone', async () => {
    const { canStartPrintWorker, startPrintWorker } = await builtClient();
    expect(canStartPrintWorker()).toBe(true);
    const ir = await buildIr(path.join(ROOT, 'docs'));
    const options = { packageName: 'worker-check', packageVersion: '0.0.1', runtimeDir: path.join(ROOT, 'generator/runtime') };
    const worker = startPrintWorker();
    let asked = 0;
    try {
      const helped = await emitPackage(ir, {
        ...options,
        printedModules: mapMemo(),
        printParts: (parts) => {
          asked += parts.length;
          return worker.print(parts);
        },
        transpileModules: (modules) => worker.transpile(modules),
      });
      expect(asked).toBeGreaterThan(10);
      expect(helped).toEqual(await emitPackage(ir, options));
    } finally {
      await worker.close();
    }
  });

  it('removes a folder on its own thread (the writer\'s set-aside package), printers loaded or not', async () => {
    const { startPrintWorker } = await builtClient();
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'b24gen-print-worker-'));
    const folder = path.join(scratch, '.out.b24gen-old-1');
    mkdirSync(path.join(folder, 'src', 'methods'), { recursive: true });
    writeFileSync(path.join(folder, 'src', 'methods', 'a.ts'), 'export {};\n');
    const worker = startPrintWorker();
    try {
      await worker.remove(folder);
      expect(existsSync(folder)).toBe(false);
      expect(existsSync(scratch)).toBe(true);
    } finally {
      await worker.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('rejects a request that fails in the worker, and every request once closed', async () => {
    const { startPrintWorker } = await builtClient();
    const worker = startPrintWorker();
    await expect(worker.print([{ kind: 'no-such-part', input: {} } as unknown as PartRequest])).rejects.toThrow(/print worker/);
    // Still serving after a failed request.
    expect((await worker.print([{ kind: 'statements', input: { statements: ['export {};'] } }]))[0]?.ts).toBe('export {};');
    await worker.close();
    await expect(worker.print([{ kind: 'core', input: {} }])).rejects.toThrow(/closed/);
  });
});
