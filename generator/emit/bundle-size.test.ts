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

/** The target is 4 KB; the bound leaves room for runtime growth without hiding a regression to the full core (~9 KB). */
const ONE_METHOD_BOUND = 6 * 1024;

interface Bundle {
  gzipBytes: number;
  /** Every module esbuild read. */
  parsed: string[];
  /** The modules that left code in the output. */
  kept: string[];
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
  if (process.env['B24_BUNDLE_DUMP']) {
    const fs = await import('node:fs');
    fs.writeFileSync(`/tmp/b24dump-${name}.js`, text);
    for (const o of Object.values(result.metafile.outputs)) {
      const rows = Object.entries(o.inputs).filter(([, u]) => u.bytesInOutput > 0).map(([p, u]) => `${u.bytesInOutput}\t${p.replace(/.*node_modules\//, '')}`);
      fs.writeFileSync(`/tmp/b24dump-${name}.txt`, rows.join('\n'));
    }
    fs.cpSync(root + '/node_modules/@b24gen/client/dist', '/tmp/b24dump-dist', { recursive: true, dereference: true });
  }
  const slash = (p: string): string => p.replace(/\\/g, '/');
  const kept = Object.values(result.metafile.outputs).flatMap((o) =>
    Object.entries(o.inputs).filter(([, use]) => use.bytesInOutput > 0).map(([p]) => slash(p)),
  );
  return { gzipBytes: gzipSync(text, { level: 9 }).length, parsed: Object.keys(result.metafile.inputs).map(slash), kept, text };
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
    console.info(`one-method bundle: ${out.text.length} B minified, ${out.gzipBytes} B gzipped`);
    expect(out.gzipBytes).toBeLessThan(ONE_METHOD_BOUND);
    for (const left of ['oauth', 'batch', 'iterate', 'rate-limiter', 'operating-budget', 'client', 'fixtures']) {
      expect(out.kept.filter((p) => p.includes(`/dist/${left}`) || p.includes(`/dist/runtime/${left}`))).toEqual([]);
    }
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
