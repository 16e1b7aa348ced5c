import { readdirSync, readFileSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { createDocsReader, listDocsPages } from '../load/index.js';
import type { DocsReader } from '../load/index.js';
import { resolveCacheDir } from './cache-dir.js';
import { contentHash } from './content-hash.js';
import { generatorFingerprint } from './fingerprint.js';
import { PageCache } from './page-cache.js';
import type { HashFile } from './page-cache.js';
import { RecordStore } from './record-store.js';
import { TranspileCache } from './transpile-cache.js';

/** Everything besides the docs that decides the output. */
export interface RunOptions {
  packageName: string;
  packageVersion: string;
  include?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
}

export interface IncrementalInput {
  docsRoot: string;
  outDir: string;
  options: RunOptions;
  /** Root of the cache (see `resolveCacheDir`); the default place when absent. */
  cacheRoot?: string | undefined;
}

interface RunManifest {
  runKey: string;
  /** Docs files read besides the listed pages (includes outside the walk). */
  extraFiles: string[];
  /** Every file in the output folder after the run, with its hash. */
  outputs: Record<string, string>;
}

export interface Incremental {
  readonly cacheDir: string;
  /** Nothing that decides the output changed since the last run, and the output folder is as that run left it. */
  readonly upToDate: boolean;
  readonly pageCache: PageCache;
  readonly transpileCache: TranspileCache;
  /** Saves what this run made, once the package is written. */
  commit(): void;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function hasher(reader: DocsReader): HashFile {
  const memo = new Map<string, string>();
  return (file) => {
    let h = memo.get(file);
    if (h === undefined) {
      const read = reader.read(file);
      h = read.ok ? contentHash(read.text) : 'missing';
      memo.set(file, h);
    }
    return h;
  };
}

function listFiles(dir: string, rel = ''): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const r = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) out.push(...listFiles(path.join(dir, e.name), r));
    else out.push(r);
  }
  return out;
}

function outputHashes(outDir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const f of listFiles(outDir).sort(compare)) hashes[f] = contentHash(readFileSync(path.join(outDir, f), 'utf8'));
  return hashes;
}

function readManifest(file: string): RunManifest | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RunManifest;
  } catch {
    return undefined;
  }
}

function sameOutputs(outDir: string, expected: Record<string, string>): boolean {
  const files = listFiles(outDir).sort(compare);
  const want = Object.keys(expected);
  if (files.length !== want.length) return false;
  for (const f of files) {
    const h = expected[f];
    if (h === undefined) return false;
    let text: string;
    try {
      text = readFileSync(path.join(outDir, f), 'utf8');
    } catch {
      return false;
    }
    if (contentHash(text) !== h) return false;
  }
  return true;
}

/**
 * Opens the cache of one output folder. The run key hashes the generator (version and code),
 * the options and every docs file; when it equals the last run's and the output folder still
 * holds exactly what that run wrote, the run has nothing to do. Otherwise the page and
 * transpile caches hand back what is unchanged.
 */
export function openIncremental(input: IncrementalInput): Incremental {
  const cacheDir = resolveCacheDir(input.outDir, input.cacheRoot);
  const outDir = path.resolve(input.outDir);
  const stamp = `b24gen-cache 1 ${generatorFingerprint()} ${contentHash(JSON.stringify(input.options))}`;
  const reader = createDocsReader(input.docsRoot);
  const hashFile = hasher(reader);
  const manifestFile = path.join(cacheDir, 'run.json');
  const previous = readManifest(manifestFile);

  const runKeyOf = (extra: readonly string[]): string => {
    const files = [...new Set([...listDocsPages(input.docsRoot), ...extra])].sort(compare);
    return contentHash(stamp, ...files.map((f) => `${f}:${hashFile(f)}`));
  };
  const runKey = runKeyOf(previous?.extraFiles ?? []);
  const upToDate = previous !== undefined && previous.runKey === runKey && sameOutputs(outDir, previous.outputs);

  // Loaded only when asked for: a run that is up to date never reads them.
  let pages: RecordStore | undefined;
  let transpiled: RecordStore | undefined;
  let pageCache: PageCache | undefined;
  let transpileCache: TranspileCache | undefined;

  return {
    cacheDir,
    upToDate,
    get pageCache(): PageCache {
      pages ??= new RecordStore(path.join(cacheDir, 'pages.tsv'), stamp);
      pageCache ??= new PageCache(pages, hashFile);
      return pageCache;
    },
    get transpileCache(): TranspileCache {
      transpiled ??= new RecordStore(path.join(cacheDir, 'transpile.tsv'), stamp);
      transpileCache ??= new TranspileCache(transpiled);
      return transpileCache;
    },
    commit(): void {
      pages?.save();
      transpiled?.save();
      const listed = new Set(listDocsPages(input.docsRoot));
      const extraFiles = [...(pageCache?.dependencies ?? [])].filter((f) => !listed.has(f)).sort(compare);
      const manifest: RunManifest = { runKey: runKeyOf(extraFiles), extraFiles, outputs: outputHashes(outDir) };
      mkdirSync(cacheDir, { recursive: true });
      const tmp = `${manifestFile}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(manifest));
      renameSync(tmp, manifestFile);
    },
  };
}
