#!/usr/bin/env node
// The CLI is compiled and bundled into dist/ by `npm install` (the `prepare` script).
import('../dist/bundle/main.js').then((m) => m.main(process.argv)).catch((error) => {
  console.error(`b24gen: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
