#!/usr/bin/env node
// Part of `npm run build`: bundles the compiled CLI (dist/) into dist/bundle/, one file per entry
// (the CLI and its two worker kinds) plus the chunks its lazy imports load. Node 20 loads a few
// hundred small ES modules (ours, unified's, micromark's) in about 90 ms more than the same code
// in a few files, and a warm `generate` is meant to take well under a second. TypeScript and
// ts-morph stay outside: they are CommonJS, large, and loaded only by the print worker.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'bundle');
// Chunk names carry a hash of their content: the chunks of an earlier build would linger.
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: {
    // The file names the compiled modules ask for by URL (`new URL('./page-worker.js', import.meta.url)`).
    main: 'dist/cli/main.js',
    'page-worker': 'dist/pipeline/page-worker.js',
    'print-worker': 'dist/emit/print-worker.js',
  },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  external: ['typescript', 'ts-morph'],
  metafile: true,
  logLevel: 'warning',
  // Bundled CommonJS (handlebars) calls `require` for Node's own modules.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);" },
});
// Which modules each output file holds: the lazy-loading test reads it to tell what a run loaded.
const modules = Object.fromEntries(
  Object.entries(result.metafile.outputs)
    .map(([file, output]) => [path.relative(outdir, path.join(root, file)), Object.keys(output.inputs).sort()])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(path.join(outdir, 'modules.json'), `${JSON.stringify(modules, null, 1)}\n`);
