#!/usr/bin/env node
// The CLI is compiled and bundled into dist/ by `npm install` (the `prepare` script); it runs from
// its bundle, through V8's code cache (generator/cli/run-bundle.ts).
import('../dist/cli/run-bundle.js').then((m) => m.runBundle(process.argv)).catch((error) => {
  console.error(`b24gen: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
