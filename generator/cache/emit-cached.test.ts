import { describe, expect, it } from 'vitest';
import type { ModuleViews } from '../emit/module-views.js';
import type { PartRequest } from '../emit/parts.js';
import { printBeside } from './emit-cached.js';
import type { Printer } from './emit-cached.js';

function statements(n: number): PartRequest[] {
  return Array.from({ length: n }, (_, i) => ({ kind: 'statements', input: { statements: [`export const x${i} = ${i};`] } }));
}

/** A worker that answers like the printer would, marking its answers, or fails. */
function fakeWorker(fail = false): Printer & { got: number } {
  const worker = {
    got: 0,
    print: async (parts: readonly PartRequest[]): Promise<ModuleViews[]> => {
      worker.got += parts.length;
      if (fail) throw new Error('print worker exited with code 1');
      return parts.map((p) => {
        const text = `${(p.input as { statements: string[] }).statements.join('\n')} // worker`;
        return { ts: text, js: text, dts: text };
      });
    },
    transpile: async () => [],
  };
  return worker;
}

describe('printing beside the print worker', () => {
  it('sends a small batch (a few changed methods) to the worker whole', async () => {
    const worker = fakeWorker();
    const views = await printBeside(worker, statements(5));
    expect(worker.got).toBe(5);
    expect(views.map((v) => v.ts)).toEqual(statements(5).map((_, i) => `export const x${i} = ${i}; // worker`));
  });

  it('shares a large batch (a first run): the worker prints the first half, this thread the rest, in order', async () => {
    const worker = fakeWorker();
    const views = await printBeside(worker, statements(300));
    expect(worker.got).toBe(150);
    expect(views).toHaveLength(300);
    expect(views[149]?.ts).toBe('export const x149 = 149; // worker');
    expect(views[150]?.ts).toBe('export const x150 = 150;');
    expect(views[299]?.ts).toBe('export const x299 = 299;');
  });

  it('prints here what a failed worker did not', async () => {
    const views = await printBeside(fakeWorker(true), statements(300));
    expect(views.map((v) => v.ts)).toEqual(statements(300).map((_, i) => `export const x${i} = ${i};`));
  });
});
