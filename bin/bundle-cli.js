#!/usr/bin/env node
// Part of `npm run build`: bundles the compiled CLI (dist/) into dist/bundle/. Node 20 loads a few
// hundred small ES modules (ours, unified's, micromark's) in about 90 ms more than the same code
// in a few files, and a warm `generate` is meant to take well under a second.
// - The CLI itself is one CommonJS file, `main.cjs`: bin/b24gen.js runs it through V8's code
//   cache (generator/cli/run-bundle.ts), which Node 20 offers only to scripts compiled through
//   `vm.Script`. Its lazy imports become lazily run parts of the one file.
// - The two worker kinds are ES modules with shared chunks (`page-worker.js`, `print-worker.js`).
// TypeScript and ts-morph stay outside both (`requireCommonJs` for the workers): they are
// CommonJS, large, and loaded only by the print worker. Whitespace is dropped and syntax
// simplified (names stay, for stack traces and profiles): less to read and compile.
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
const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', metafile: true, logLevel: 'warning', minifyWhitespace: true, minifySyntax: true };
const workers = await build({
  ...common,
  entryPoints: {
    // The file names the compiled modules ask for by URL (`new URL('./page-worker.js', import.meta.url)`).
    'page-worker': 'dist/pipeline/page-worker.js',
    'print-worker': 'dist/emit/print-worker.js',
  },
  splitting: true,
  format: 'esm',
  outdir,
  plugins: [requireCommonJs(['typescript', 'ts-morph'])],
  // Bundled CommonJS (handlebars) calls `require` for Node's own modules.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);" },
});
const cli = await build({
  ...common,
  entryPoints: { main: 'dist/cli/main.js' },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  outdir,
  external: ['typescript', 'ts-morph', 'esbuild'],
  // The compiled modules find their neighbours by `import.meta.url` (the workers, the templates,
  // the runtime sources); from the bundle's folder they resolve as from theirs (all one level below dist/).
  define: { 'import.meta.url': 'bundleUrl' },
  banner: { js: "const bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// Which modules each output file holds: tests read it to tell what a file is made of.
const modules = Object.fromEntries(
  [...Object.entries(workers.metafile.outputs), ...Object.entries(cli.metafile.outputs)]
    .map(([file, output]) => [path.relative(outdir, path.join(root, file)), Object.keys(output.inputs).sort()])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(path.join(outdir, 'modules.json'), `${JSON.stringify(modules, null, 1)}\n`);

// Last: the digest of dist/ as built, which every run reads instead of hashing dist/ (see
// generator/cache/fingerprint.ts).
const { CODE_DIGEST_FILE, codeTreeDigest } = await import('../dist/cache/fingerprint.js');
writeFileSync(path.join(root, 'dist', CODE_DIGEST_FILE), `${codeTreeDigest(path.join(root, 'dist'))}\n`);
