/**
 * What an npm user's bundler makes of the package: one standalone method with the lean core
 * stays small, and the main entry never drags zod or msw in.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installSamplePackage, type SamplePackage } from './sample-package.js';

/** The target of "Fast at the scale of the whole docs": a one-method bundle within 4 KB gzipped. */
const ONE_METHOD_BOUND = 4096;

interface Bundle {
  gzipBytes: number;
  /** Every module esbuild read. */
  parsed: string[];
  /** The modules that left code in the output. */
  kept: string[];
  /** Minified bytes each kept module left in the output. */
  bytesBy: Map<string, number>;
  text: string;
}

async function bundle(root: string, name: string, source: string): Promise<Bundle> {
  const entry = path.join(root, name);
  await writeFile(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
  });
  const text = result.outputFiles[0]?.text ?? '';
  const slash = (p: string): string => p.replace(/\\/g, '/');
  const bytesBy = new Map<string, number>();
  for (const o of Object.values(result.metafile.outputs)) {
    for (const [p, use] of Object.entries(o.inputs)) if (use.bytesInOutput > 0) bytesBy.set(slash(p), use.bytesInOutput);
  }
  const kept = [...bytesBy.keys()];
  return { gzipBytes: gzipSync(text, { level: 9 }).length, parsed: Object.keys(result.metafile.inputs).map(slash), kept, bytesBy, text };
}

describe('bundles of the generated package', () => {
  let pkg: SamplePackage;
  beforeAll(async () => {
    pkg = await installSamplePackage({ zod: true, msw: true });
  }, 60_000);
  afterAll(async () => {
    await pkg?.dispose();
  });

  it('one standalone method with createCaller holds only that method and the lean core', async () => {
    const out = await bundle(
      pkg.root,
      'one-method.mjs',
      `import { createCaller, tasksApiScrumBacklogGet } from '@b24gen/client';
const caller = createCaller({ webhookUrl: 'https://example.bitrix24.com/rest/1/abcdefgh/' });
console.log(await tasksApiScrumBacklogGet(caller, { id: 1 }));`,
    );
    const modules = [...out.bytesBy].map(([p, bytes]) => `${p.replace(/^.*\/dist\//, '')} ${bytes}`).join(', ');
    console.info(`one-method bundle: ${out.text.length} B minified, ${out.gzipBytes} B gzipped (bound ${ONE_METHOD_BOUND}); minified by module: ${modules}`);
    expect(out.gzipBytes).toBeLessThanOrEqual(ONE_METHOD_BOUND);
    for (const left of ['oauth', 'batch', 'iterate', 'rate-limiter', 'operating-budget', 'client', 'fixtures']) {
      expect(out.kept.filter((p) => p.includes(`/dist/${left}`) || p.includes(`/dist/runtime/${left}`))).toEqual([]);
    }
    // Neither the full core nor the parts only it plugs into the request path.
    expect(out.kept.filter((p) => p.endsWith('/dist/runtime/core.js'))).toEqual([]);
    for (const word of ['budgetMethods', 'accessToken', 'onLimitExceeded', 'expired_token']) expect(out.text).not.toContain(word);
    // The other methods of the same section are shaken out.
    expect(out.text).toContain('tasks.api.scrum.backlog.get');
    expect(out.text).not.toContain('tasks.api.scrum.backlog.add');
  }, 30_000);

  it('the main entry never pulls in zod, msw or the fixtures', async () => {
    const out = await bundle(
      pkg.root,
      'main-entry.mjs',
      `import * as pkg from '@b24gen/client';
console.log(pkg);`,
    );
    expect(out.parsed.some((p) => p.includes('/dist/methods/'))).toBe(true);
    expect(out.parsed.filter((p) => /node_modules\/(zod|msw)\/|\/dist\/(zod|msw|mock|fixtures)/.test(p))).toEqual([]);
  }, 30_000);

  it('one zod schema bundles without the other schemas', async () => {
    const out = await bundle(
      pkg.root,
      'one-schema.mjs',
      `import { TasksApiScrumBacklogGetParamsSchema } from '@b24gen/client/zod';
console.log(TasksApiScrumBacklogGetParamsSchema.parse({ id: 1 }));`,
    );
    expect(out.kept.some((p) => p.includes('node_modules/zod/'))).toBe(true);
    expect(out.text).not.toContain('createdBy');
  }, 30_000);
});
