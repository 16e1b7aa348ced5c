/** A worker thread of `computeInWorkers`: parses and extracts the pages it is sent, one batch at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultTables } from '../extract/extract-method.js';
import { createDocsReader } from '../load/index.js';
import { createIncludeCache } from '../parse/index.js';
import { pageOutcome } from './build-ir.js';
import type { PageResult } from './page-workers.js';

const { docsRoot } = workerData as { docsRoot: string };
const reader = createDocsReader(docsRoot);
const includes = createIncludeCache();

parentPort?.on('message', (batch: string[]) => {
  const results: PageResult[] = batch.map((source) => [source, pageOutcome(reader, includes, source, defaultTables)]);
  parentPort?.postMessage(results);
});
