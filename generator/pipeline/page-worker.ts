/** A worker thread of `startPageWorkers`: parses and extracts the pages it is sent, one batch at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultTables } from '../extract/extract-method.js';
import { createDocsReader } from '../load/index.js';
import { createIncludeCache } from '../parse/index.js';
import { namedTypesOutcome, pageOutcome } from './page-results.js';
import type { PageJobs, PageResult } from './page-workers.js';

const { docsRoot } = workerData as { docsRoot: string };
const reader = createDocsReader(docsRoot);
const includes = createIncludeCache();

parentPort?.on('message', ({ kind, sources }: PageJobs) => {
  const results: PageResult[] = sources.map((source) => [
    source,
    kind === 'page' ? pageOutcome(reader, includes, source, defaultTables) : namedTypesOutcome(reader, includes, source),
  ]);
  parentPort?.postMessage(results);
});
