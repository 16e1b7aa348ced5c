import path from 'node:path';
import { buildIr } from '../pipeline/build-ir.js';
import type { BuildIrOptions } from '../pipeline/build-ir.js';
import { createMethodFilter, filterIrMethods } from '../config/index.js';
import type { Settings } from '../config/index.js';
import type { Diagnostic, IrDocument } from '../ir/types.js';
import { assertPackageSettings } from './command-settings.js';
import type { EmitCaches } from '../cache/emit-cached.js';
import type { Release, ReleaseInput } from '../release/index.js';
import { buildCoverageReport, COVERAGE_FILE, renderCoverageReport } from '../coverage/coverage-report.js';
import { createProgress } from './progress.js';
import type { Progress } from './progress.js';
import { resolveDocsRoot } from './shared-options.js';
import type { GlobalOptions } from './shared-options.js';

export interface LoadedDocs {
  /** The docs root, absolute. */
  docsRoot: string;
  ir: IrDocument;
  /** How many methods include/exclude left out. */
  filteredOut: number;
  progress: Progress;
}

/**
 * The IR of the settings' docs tree, restricted by include/exclude, with a progress display
 * on stderr. The caller calls `progress.finish()` when its later stages are done.
 */
export async function loadDocs(
  settings: Pick<Settings, 'docs' | 'include' | 'exclude'>,
  globals: GlobalOptions,
  build: Pick<BuildIrOptions, 'pageCache' | 'finals' | 'listing' | 'workers'> = {},
): Promise<LoadedDocs> {
  const docsRoot = resolveDocsRoot(settings.docs);
  const progress = createProgress({ stream: process.stderr, quiet: globals.quiet === true, label: 'pages parsed' });
  const options: BuildIrOptions = { ...build, onProgress: (done, total) => progress.update(done, total) };
  let full: IrDocument;
  try {
    full = await buildIr(docsRoot, options);
  } catch (error) {
    progress.finish();
    throw error;
  }
  const ir = filterIrMethods(full, createMethodFilter(settings));
  return { docsRoot, ir, filteredOut: full.methods.length - ir.methods.length, progress };
}

export interface EmittedPackage {
  files: Map<string, string>;
  /** Files the output folder already holds as they would be made (only with the cache): sha256 by path. */
  kept: Map<string, string>;
  /** What each three-form module was put together from (only with the cache), by its `src/….ts` path. */
  recipes: Map<string, string>;
  /** What emit found about the IR (examples that do not fit their types…). */
  diagnostics: Diagnostic[];
}


/** What `planRelease` needs from the settings (the package folder carries the version history). */
export function releaseInput(settings: Pick<Settings, 'out' | 'packageVersion' | 'versionFromOutput'>, ir: IrDocument): Omit<ReleaseInput, 'bump'> {
  return { outDir: path.resolve(settings.out), ir, configuredVersion: settings.packageVersion, versionFromOutput: settings.versionFromOutput };
}

/** IR → the package's files in memory, with the release's version and files (API snapshot, changelog) and the coverage report. */
export async function emitFiles(
  ir: IrDocument,
  settings: Pick<Settings, 'packageName' | 'zod' | 'msw'>,
  release: Pick<Release, 'version' | 'files' | 'apiSnapshot'>,
  caches?: EmitCaches,
): Promise<EmittedPackage> {
  const diagnostics: Diagnostic[] = [];
  assertPackageSettings({ packageName: settings.packageName, packageVersion: release.version });
  // emit pulls in ts-morph (most of the start-up time): load it only when a command emits
  const [{ emitPackageCached }, { runtimeSourceDir }] = await Promise.all([import('../cache/emit-cached.js'), import('../pipeline/run-pipeline.js')]);
  const options = {
    packageName: settings.packageName,
    packageVersion: release.version,
    runtimeDir: runtimeSourceDir(),
    diagnostics,
    zod: settings.zod,
    msw: settings.msw,
    // Made on this thread while the print worker prints.
    besidePrinting: () => void release.apiSnapshot(),
  };
  const { files, kept, recipes } = await emitPackageCached(ir, options, caches);
  const snapshot = release.apiSnapshot();
  for (const [file, content] of [...release.files, ...snapshot.files]) files.set(file, content);
  // The snapshot's files the output holds as they would be made.
  for (const [file, sha256] of snapshot.kept) kept.set(file, sha256);
  // Beside the package, not in it (package.json's `files` leaves it out), like the API snapshot.
  files.set(COVERAGE_FILE, renderCoverageReport(buildCoverageReport(ir, diagnostics)));
  return { files, kept, recipes, diagnostics };
}
