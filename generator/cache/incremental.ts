import { readdirSync, readFileSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { listDocsPages } from '../load/index.js';
import { resolveCacheDir } from './cache-dir.js';
import { contentHash } from './content-hash.js';
import { generatorFingerprint } from './fingerprint.js';
import { PageCache } from './page-cache.js';
import type { HashFile } from './page-cache.js';
import { RecordStore } from './record-store.js';
import { TranspileCache } from './transpile-cache.js';

/** Everything besides the docs that decides the output. */
export interface RunOptions {
  readonly [setting: string]: unknown;
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

/**
 * Hashes a docs file's bytes as they are on disk (finer than the reader's normalised text, so
 * every change the reader could see changes the hash). A path that leaves the docs root is
 * never read: it hashes as `outside`, as the reader refuses it.
 */
function hasher(docsRoot: string): HashFile {
  const memo = new Map<string, string>();
  return (file) => {
    let h = memo.get(file);
    if (h === undefined) {
      const full = path.resolve(docsRoot, file);
      const rel = path.relative(docsRoot, full);
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) h = 'outside';
      else {
        try {
          h = bytesHash(readFileSync(full));
        } catch {
          h = 'missing';
        }
      }
      memo.set(file, h);
    }
    return h;
  };
}

function bytesHash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
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
  for (const f of listFiles(outDir).sort(compare)) hashes[f] = bytesHash(readFileSync(path.join(outDir, f)));
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
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(outDir, f));
    } catch {
      return false;
    }
    if (bytesHash(bytes) !== h) return false;
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
  // Page and transpile results depend on the generator only; the run key on the options too.
  const stamp = `b24gen-cache 1 ${generatorFingerprint()}`;
  const optionsHash = contentHash(JSON.stringify(input.options));
  const hashFile = hasher(path.resolve(input.docsRoot));
  const manifestFile = path.join(cacheDir, 'run.json');
  const previous = readManifest(manifestFile);

  const runKeyOf = (extra: readonly string[]): string => {
    const files = [...new Set([...listDocsPages(input.docsRoot), ...extra])].sort(compare);
    return contentHash(stamp, optionsHash, ...files.map((f) => `${f}:${hashFile(f)}`));
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
