import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusSnapshot } from '../../test/support/paths.js';
import type * as BuildIr from './build-ir.js';
import type * as PageWorkers from './page-workers.js';

/**
 * Worker threads run the built JavaScript (from these TypeScript sources there is no worker
 * script), so this test drives dist/, which `npm install` builds. A missing build fails it.
 */
const DIST = fileURLToPath(new URL('../../dist/pipeline/', import.meta.url));

async function built(): Promise<{ buildIr: typeof BuildIr.buildIr; canUseWorkers: typeof PageWorkers.canUseWorkers }> {
  if (!existsSync(`${DIST}build-ir.js`)) throw new Error(`BUILD MISSING: ${DIST}build-ir.js (run npm run build)`);
  const ir = (await import(pathToFileURL(`${DIST}build-ir.js`).href)) as typeof BuildIr;
  const workers = (await import(pathToFileURL(`${DIST}page-workers.js`).href)) as typeof PageWorkers;
  return { buildIr: ir.buildIr, canUseWorkers: workers.canUseWorkers };
}

describe('page workers', () => {
  it('give the IR that one thread gives: pages, then the named-type pages in rounds', async () => {
    const { buildIr, canUseWorkers } = await built();
    expect(canUseWorkers()).toBe(true);
    const docs = corpusSnapshot();
    // A section with shared structures on linked pages, so the named-type rounds go to the workers too.
    const include = (s: string): boolean => s.startsWith('api-reference/crm/') || s.startsWith('api-reference/data-types') || s.startsWith('_includes/');
    const progress: number[] = [];
    const two = await buildIr(docs, { include, workers: 2, onProgress: (done) => progress.push(done) });
    const one = await buildIr(docs, { include, workers: 1 });
    expect(one.methods.length).toBeGreaterThan(200);
    expect(one.types.length).toBeGreaterThan(10);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    // Progress only goes forward and ends at the total.
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(one.pages.length);
  }, 300_000);
});
