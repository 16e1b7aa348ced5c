#!/usr/bin/env node
// Part of `npm run build`: bundles the compiled CLI (dist/) into dist/bundle/, one file per entry
// (the CLI and its two worker kinds) plus the chunks its lazy imports load. Node 20 loads a few
// hundred small ES modules (ours, unified's, micromark's) in about 90 ms more than the same code
// in a few files, and a warm `generate` is meant to take well under a second. TypeScript and
// ts-morph stay outside (`requireCommonJs`): they are CommonJS, large, and loaded only by the
// print worker.
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * TypeScript and ts-morph stay outside the bundle, and are loaded with `require`: imported as
 * ES modules, Node first scans their CommonJS source for export names (cjs-module-lexer), which
 * took the print worker some 110 ms of its start on TypeScript's 9 MB. Each is replaced by a
 * module that requires it and re-exports its names (read here from the package itself).
 */
function requireCommonJs(packages) {
  const requireHere = createRequire(import.meta.url);
  const identifier = /^[A-Za-z_$][\w$]*$/;
  return {
    name: 'require-commonjs',
    setup(build) {
      const filter = new RegExp(`^(${packages.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
      // The stand-in's own `require` goes outside; imports go to the stand-in.
      build.onResolve({ filter }, (args) => (args.kind === 'require-call' ? { path: args.path, external: true } : { path: args.path, namespace: 'require-commonjs' }));
      build.onLoad({ filter: /.*/, namespace: 'require-commonjs' }, (args) => {
        const names = Object.keys(requireHere(args.path)).filter((name) => identifier.test(name) && name !== 'default');
        const contents = [
          `const required = require(${JSON.stringify(args.path)});`,
          'export default required;',
          ...(names.length === 0 ? [] : [`export const { ${names.join(', ')} } = required;`]),
        ].join('\n');
        return { contents, loader: 'js' };
      });
    },
  };
}

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
  plugins: [requireCommonJs(['typescript', 'ts-morph'])],
  metafile: true,
  logLevel: 'warning',
  minifyWhitespace: true,
  minifySyntax: true,
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

// Last: the digest of dist/ as built, which every run reads instead of hashing dist/ (see
// generator/cache/fingerprint.ts).
const { CODE_DIGEST_FILE, codeTreeDigest } = await import('../dist/cache/fingerprint.js');
writeFileSync(path.join(root, 'dist', CODE_DIGEST_FILE), `${codeTreeDigest(path.join(root, 'dist'))}\n`);
