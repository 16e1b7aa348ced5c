import { lstatSync, readdirSync, readFileSync, mkdirSync, writeFileSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { listDocsPages } from '../load/index.js';
import { resolveCacheDir } from './cache-dir.js';
import { contentHash, sha256Hex } from '../content-hash.js';
import { generatorFingerprint } from './fingerprint.js';
import { PAGES_BULK_FIELD, PageCache } from './page-cache.js';
import type { HashFile } from './page-cache.js';
import { RecordStore } from './record-store.js';
import { PLANS_BULK_FIELD, PlanCache } from './plan-cache.js';
import { FINALS_BULK_FIELD, FinalMethodStore } from './final-method-store.js';
import type { PreviousApiFiles } from '../release/api-snapshot.js';
import { TranspileCache } from './transpile-cache.js';
import { compareCodeUnits } from '../compare-code-units.js';

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

/** What a file looked like when its hash was taken: size, modification time, inode. */
type FileStat = [size: number, mtimeMs: number, ino: number];
/** A file's stat and sha256 (hex), as the manifest keeps them. */
type StatRecord = [size: number, mtimeMs: number, ino: number, hash: string];

interface RunManifest {
  version: 2;
  runKey: string;
  /** Docs files read besides the listed pages (includes outside the walk). */
  extraFiles: string[];
  /** Docs files hashed by the run: their stat when hashed, and the hash. */
  docs: Record<string, StatRecord>;
  /** Every file in the output folder after the run: its stat and the hash of its bytes. */
  outputs: Record<string, StatRecord>;
  /**
   * The digest of each of the API snapshot's methods' files the run wrote (see
   * `renderApiSnapshot`), and the stamp of the generator that wrote them (another one may write
   * them differently).
   */
  apiSnapshot?: { stamp: string; digests: Record<string, string> };
}

export interface Incremental {
  readonly cacheDir: string;
  /** Where the print worker keeps V8's code cache (see `useCodeCache`), inside `cacheDir`. */
  readonly codeCacheDir: string;
  /** Nothing that decides the output changed since the last run, and the output folder is as that run left it. */
  readonly upToDate: boolean;
  /** The cache holds a previous run of this generator: most of this run's work is likely in it. */
  readonly warm: boolean;
  readonly pageCache: PageCache;
  /** The methods as the last run finished them, for a delta build of the IR. */
  readonly finals: FinalMethodStore;
  /** The docs files listed for the run key (`listDocsPages`), for the IR build to reuse. */
  readonly listing: readonly string[];
  readonly transpileCache: TranspileCache;
  readonly planCache: PlanCache;
  /**
   * sha256 of the files in the output folder whose stat is as the last run recorded it (so
   * their bytes are as that run wrote them), for the writer to link rather than rewrite.
   */
  readonly outputsOnDisk: ReadonlyMap<string, string>;
  /**
   * The API snapshot's methods' files the last run wrote, by the digests it recorded and the
   * output files vouched for (see `PreviousApiFiles`); undefined after another generator.
   */
  readonly previousApiFiles: PreviousApiFiles | undefined;
  /** Files read to be hashed, because their stat was new, changed or racy (the rest were known by stat). */
  readonly stats: IncrementalStats;
  /**
   * Saves what this run made, once the package is written. `written` holds the package's files
   * with the sha256 of each where known; the rest (few and small) are hashed from their text.
   */
  commit(written?: WrittenOutput): void;
}

/** What a run wrote, for the manifest. */
export interface WrittenOutput {
  /** The package's texts this run made, by path. */
  files: ReadonlyMap<string, string>;
  /** The sha256 of each package file, where known. */
  hashes: ReadonlyMap<string, string>;
  /**
   * Files the writer hard-linked from the previous output, among those `outputsOnDisk` vouched
   * for: their stat is the one taken when they were checked, and is not taken again.
   */
  linked?: ReadonlySet<string>;
  /** The digest of what each of the API snapshot's files was made from (`ApiSnapshot.digests`). */
  apiDigests?: Record<string, string>;
}

export interface IncrementalStats {
  docsHashed: number;
  outputsHashed: number;
}

/**
 * A file whose modification time is this close to the manifest's may have changed again within
 * the same tick of the file system's clock: its stat proves nothing, so it is hashed again (git's
 * "racily clean" entries). Where times have sub-second parts, they come from the kernel's coarse
 * clock, whose tick is 1–10 ms (Linux, by its HZ): 20 ms is two of the longest. It was 50 ms,
 * which made the next run hash again the 12 MB `api.json` a run writes some 30 ms before its
 * manifest. Where times are whole seconds, a tick may be 2 s (FAT).
 */
function racyMargin(manifestMtimeMs: number): number {
  return manifestMtimeMs % 1000 === 0 ? 2_000 : 20;
}

/** The stat of a regular file; `link: 'keep'` does not follow a symbolic link (output files must be real files). */
function statOf(file: string, link: 'follow' | 'keep' = 'follow'): FileStat | undefined {
  try {
    const st = link === 'follow' ? statSync(file) : lstatSync(file);
    return st.isFile() ? [st.size, st.mtimeMs, st.ino] : undefined;
  } catch {
    return undefined;
  }
}

/** The recorded hash, when the file's stat is the recorded one and not racy; else undefined. */
function trusted(record: StatRecord | undefined, stat: FileStat | undefined, racyFrom: number): string | undefined {
  if (record === undefined || stat === undefined || !Array.isArray(record)) return undefined;
  if (record[0] !== stat[0] || record[1] !== stat[1] || record[2] !== stat[2] || stat[1] >= racyFrom) return undefined;
  return typeof record[3] === 'string' ? record[3] : undefined;
}

/** `a/b.md`: `/`-separated names, none empty or starting with a dot (so no `.` or `..`), no backslash. */
const PLAIN_RELATIVE = /^[^/\\.][^/\\]*(?:\/[^/\\.][^/\\]*)*$/;

/**
 * Hashes a docs file's bytes as they are on disk (finer than the reader's normalised text, so
 * every change the reader could see changes the hash), or takes the last run's hash when the
 * file's size, time and inode are as that run saw them. A path that leaves the docs root is
 * never read: it hashes as `outside`, as the reader refuses it.
 */
function hasher(docsRoot: string, previous: Record<string, StatRecord>, racyFrom: number, seen: Map<string, StatRecord>, stats: IncrementalStats): HashFile {
  const memo = new Map<string, string>();
  return (file) => {
    let h = memo.get(file);
    if (h === undefined) {
      // A plain relative path (the listed pages: thousands a run) is inside the root as it stands.
      const plain = PLAIN_RELATIVE.test(file);
      const full = plain ? `${docsRoot}${path.sep}${file}` : path.resolve(docsRoot, file);
      const rel = plain ? file : path.relative(docsRoot, full);
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) h = 'outside';
      else {
        const stat = statOf(full);
        h = trusted(previous[file], stat, racyFrom);
        if (h === undefined) {
          stats.docsHashed++;
          try {
            h = sha256Hex(readFileSync(full));
          } catch {
            h = 'missing';
          }
        }
        // The stat taken before the read: a change during the read shows as a new time next run.
        if (stat !== undefined && h !== 'missing') seen.set(file, [...stat, h]);
      }
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

function readManifest(file: string): { manifest: RunManifest; mtimeMs: number } | undefined {
  try {
    const mtimeMs = statSync(file).mtimeMs;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as RunManifest;
    if (manifest.version !== 2 || typeof manifest.docs !== 'object' || typeof manifest.outputs !== 'object') return undefined;
    return { manifest, mtimeMs };
  } catch {
    return undefined;
  }
}

/**
 * The output files whose bytes still hash as the manifest says (by stat, or by hashing those
 * whose stat changed or is racy), and whether the folder holds exactly the recorded files.
 */
function checkOutputs(outDir: string, expected: Record<string, StatRecord>, racyFrom: number, stats: IncrementalStats): { same: boolean; vouched: Map<string, string>; vouchedStats: Map<string, FileStat> } {
  const vouched = new Map<string, string>();
  const vouchedStats = new Map<string, FileStat>();
  const files = listFiles(outDir);
  let same = files.length === Object.keys(expected).length;
  for (const f of files) {
    const record = expected[f];
    if (record === undefined) {
      same = false;
      continue;
    }
    const full = path.join(outDir, f);
    const stat = statOf(full, 'keep');
    // Anything but a regular file (a link put there by hand) is never vouched for: the writer would copy the link.
    if (stat === undefined) {
      same = false;
      continue;
    }
    let hash = trusted(record, stat, racyFrom);
    if (hash === undefined) {
      stats.outputsHashed++;
      try {
        hash = sha256Hex(readFileSync(full));
      } catch {
        same = false;
        continue;
      }
    }
    if (hash === record[3]) {
      vouched.set(f, hash);
      vouchedStats.set(f, stat);
    } else same = false;
  }
  return { same, vouched, vouchedStats };
}

/** The record stores in a cache folder. */
const STORE_FILES = ['pages.tsv', 'finals.tsv', 'transpile.tsv', 'plans.tsv'] as const;

/**
 * The field of each store's records that is kept in its side file and read by position (see
 * `RecordStore`): a page's outcome, a finished method's IR, a plan. 36 of the stores' 48 MB on the
 * full docs, of which a warm run reads a few records' worth; read whole, the stores kept the main
 * thread waiting 0.03–0.05 s.
 */
const BULK_FIELDS: Partial<Record<(typeof STORE_FILES)[number], number>> = { 'pages.tsv': PAGES_BULK_FIELD, 'finals.tsv': FINALS_BULK_FIELD, 'plans.tsv': PLANS_BULK_FIELD };

/**
 * Opens the cache of one output folder. The run key hashes the generator (version and code),
 * the options and every docs file; when it equals the last run's and the output folder still
 * holds exactly what that run wrote, the run has nothing to do. Otherwise the page and
 * transpile caches hand back what is unchanged, and `outputsOnDisk` the output files the
 * writer may keep. Like git's index, a docs or output file whose size, modification time and
 * inode are as the last run recorded them is taken to hold the bytes it hashed then; only the
 * others are read (see `racyMargin` for the one case where the stat is not enough).
 */
export function openIncremental(input: IncrementalInput): Incremental {
  const cacheDir = resolveCacheDir(input.outDir, input.cacheRoot);
  const outDir = path.resolve(input.outDir);
  // Page and transpile results depend on the generator only; the run key on the options too.
  const stamp = `b24gen-cache 2 ${generatorFingerprint()}`;
  const optionsHash = contentHash(JSON.stringify(input.options));
  const manifestFile = path.join(cacheDir, 'run.json');
  const read = readManifest(manifestFile);
  const previous = read?.manifest;
  const racyFrom = read === undefined ? 0 : read.mtimeMs - racyMargin(read.mtimeMs);
  const docsSeen = new Map<string, StatRecord>();
  const stats: IncrementalStats = { docsHashed: 0, outputsHashed: 0 };
  const hashFile = hasher(path.resolve(input.docsRoot), previous?.docs ?? {}, racyFrom, docsSeen, stats);

  let listed: string[] | undefined;
  const runKeyOf = (extra: readonly string[]): string => {
    listed ??= listDocsPages(input.docsRoot);
    const files = [...new Set([...listed, ...extra])].sort(compareCodeUnits);
    // One text for all files (the same bytes as one part each, hashed in one call instead of thousands).
    return contentHash(stamp, optionsHash, files.map((f) => `${f}:${hashFile(f)}`).join('\u0000'));
  };
  const runKey = runKeyOf(previous?.extraFiles ?? []);
  // Read when first used, on this thread: the main files are a few MB (the bulk stays in side
  // files, read by position). Read ahead on libuv's threads, while both cores were busy, this
  // thread waited for them longer than it takes to read them itself.
  const openStore = (name: (typeof STORE_FILES)[number]): RecordStore =>
    new RecordStore(path.join(cacheDir, name), stamp, BULK_FIELDS[name] === undefined ? {} : { bulkField: BULK_FIELDS[name] });
  const outputs = previous === undefined ? undefined : checkOutputs(outDir, previous.outputs, racyFrom, stats);
  const upToDate = previous !== undefined && previous.runKey === runKey && outputs?.same === true;

  // Loaded only when asked for: a run that is up to date never reads them.
  let pages: RecordStore | undefined;
  let transpiled: RecordStore | undefined;
  let pageCache: PageCache | undefined;
  let transpileCache: TranspileCache | undefined;
  let plans: RecordStore | undefined;
  let planCache: PlanCache | undefined;
  let finalRecords: RecordStore | undefined;
  let finals: FinalMethodStore | undefined;

  return {
    cacheDir,
    codeCacheDir: path.join(cacheDir, 'code-cache'),
    upToDate,
    warm: previous !== undefined,
    get listing(): readonly string[] {
      listed ??= listDocsPages(input.docsRoot);
      return listed;
    },
    outputsOnDisk: outputs?.vouched ?? new Map(),
    previousApiFiles:
      previous?.apiSnapshot?.stamp === stamp && typeof previous.apiSnapshot.digests === 'object' && previous.apiSnapshot.digests !== null
        ? { digests: previous.apiSnapshot.digests, onDisk: outputs?.vouched ?? new Map() }
        : undefined,
    stats,
    get pageCache(): PageCache {
      pages ??= openStore('pages.tsv');
      pageCache ??= new PageCache(pages, hashFile);
      return pageCache;
    },
    get finals(): FinalMethodStore {
      finalRecords ??= openStore('finals.tsv');
      finals ??= new FinalMethodStore(finalRecords);
      return finals;
    },
    get transpileCache(): TranspileCache {
      transpiled ??= openStore('transpile.tsv');
      transpileCache ??= new TranspileCache(transpiled);
      return transpileCache;
    },
    get planCache(): PlanCache {
      plans ??= openStore('plans.tsv');
      planCache ??= new PlanCache(plans);
      return planCache;
    },
    commit(written): void {
      pages?.save();
      plans?.save();
      finalRecords?.save();
      transpiled?.save();
      // The docs list as this run read it: pages added during the run are new files next time.
      const listedNow = new Set(listed ?? listDocsPages(input.docsRoot));
      const extraFiles = [...(pageCache?.dependencies ?? [])].filter((f) => !listedNow.has(f)).sort(compareCodeUnits);
      const runKey = runKeyOf(extraFiles);
      const manifest: RunManifest = {
        version: 2,
        runKey,
        extraFiles,
        docs: Object.fromEntries([...docsSeen].sort(([a], [b]) => compareCodeUnits(a, b))),
        outputs: outputRecords(outDir, written, outputs?.vouchedStats),
      };
      if (written?.apiDigests !== undefined) manifest.apiSnapshot = { stamp, digests: written.apiDigests };
      mkdirSync(cacheDir, { recursive: true });
      const tmp = `${manifestFile}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(manifest));
      renameSync(tmp, manifestFile);
    },
  };
}

/**
 * The stat and hash of every file in the output folder. The hash of a file the run wrote is
 * taken from its text (given, or hashed from memory); only a file the run knows nothing of is read.
 */
function outputRecords(outDir: string, written: WrittenOutput | undefined, vouchedStats: ReadonlyMap<string, FileStat> | undefined): Record<string, StatRecord> {
  const records: Record<string, StatRecord> = {};
  for (const f of listFiles(outDir).sort(compareCodeUnits)) {
    const linkedHash = written?.linked?.has(f) === true ? written.hashes.get(f) : undefined;
    const linkedStat = linkedHash === undefined ? undefined : vouchedStats?.get(f);
    // A linked file is the one checked at the start, under a second name.
    if (linkedHash !== undefined && linkedStat !== undefined) {
      records[f] = [...linkedStat, linkedHash];
      continue;
    }
    const full = path.join(outDir, f);
    const stat = statOf(full, 'keep');
    if (stat === undefined) continue;
    const text = written?.files.get(f);
    let hash: string | undefined;
    if (text !== undefined && !text.includes('\r')) hash = written?.hashes.get(f) ?? sha256Hex(text);
    // A file the run kept from the previous output: the writer vouched for its hash.
    else if (text === undefined && written?.hashes.get(f) !== undefined) hash = written.hashes.get(f) as string;
    else {
      try {
        hash = sha256Hex(readFileSync(full));
      } catch {
        continue;
      }
    }
    records[f] = [...stat, hash];
  }
  return records;
}
