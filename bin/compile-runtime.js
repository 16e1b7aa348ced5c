#!/usr/bin/env node
// Part of `npm run build`: transpiles the runtime once into dist/runtime-compiled.json (see generator/emit/runtime-compiled.ts).
const [{ readRuntimeFiles }, { transpileFile }, { writeCompiledRuntime }, { runtimeSourceDir }] = await Promise.all([
  import('../dist/emit/runtime-files.js'),
  import('../dist/emit/transpile.js'),
  import('../dist/emit/runtime-compiled.js'),
  import('../dist/pipeline/run-pipeline.js'),
]);
await writeCompiledRuntime(await readRuntimeFiles(runtimeSourceDir()), transpileFile);
