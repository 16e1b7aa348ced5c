import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { diffIr, nextVersion, renderChangelogEntry } from '../diff/index.js';
import type { SemverBump } from '../diff/index.js';
import { FatalError } from '../fatal-error.js';
import { markStep } from '../timing.js';
import type { IrDocument } from '../ir/types.js';
import { MARKER_FILE } from '../write/index.js';
import { API_SNAPSHOT_FILE, parseApiSnapshot, renderApiSnapshot } from './api-snapshot.js';
import type { ApiSnapshot, PreviousApiFiles } from './api-snapshot.js';

export const CHANGELOG_FILE = 'CHANGELOG.md';
const CHANGELOG_TITLE = '# Changelog\n';

export interface ReleaseInput {
  /** The package folder, absolute; what it holds from the last run carries the version history. */
  outDir: string;
  ir: IrDocument;
  /** The version from flags, the config or the default. */
  configuredVersion: string;
  /** True when neither a flag nor the config named a version: the package keeps the one it has. */
  versionFromOutput: boolean;
  /** `generate --bump`: move the version by what changed since the last run, and add a changelog entry. */
  bump: boolean;
  /** The API snapshot the last run wrote, as the incremental cache knows it: the methods' files that would be the same are kept. */
  previousApiFiles?: PreviousApiFiles;
}

export interface Release {
  version: string;
  /** The bump applied (`none` without --bump or without changes). */
  bump: SemverBump;
  /** Files to add to the package: the changelog, once there is one. */
  files: Map<string, string>;
  /**
   * The API snapshot's files (see `renderApiSnapshot`), made when first asked for: emit asks
   * while the print worker prints, when this thread would otherwise wait.
   */
  apiSnapshot(): ApiSnapshot;
}

interface PreviousOutput {
  version?: string;
  api?: IrDocument;
  changelog?: string;
}

/**
 * A file's text, or undefined when it cannot be read. Read on this thread: a few small files
 * (and with --bump the snapshot's), each of which took a turn of the event loop through the
 * thread pool while nothing else was to be done.
 */
function readOptional(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Only a folder that b24gen wrote (it has the marker) counts as a previous release. The API
 * snapshot (megabytes of JSON) is read only when `withApi`: only `--bump` compares with it.
 */
function readPreviousOutput(outDir: string, withApi: boolean): PreviousOutput {
  if (!isFile(path.join(outDir, MARKER_FILE))) return {};
  const previous: PreviousOutput = {};
  const manifest = readOptional(path.join(outDir, 'package.json'));
  if (manifest !== undefined) {
    try {
      const version = (JSON.parse(manifest) as { version?: unknown }).version;
      if (typeof version === 'string') previous.version = version;
    } catch {
      // a hand-broken package.json: fall back to the configured version
    }
  }
  const api = withApi ? parseApiSnapshot((file) => readOptional(path.join(outDir, ...file.split('/')))) : undefined;
  if (api !== undefined) previous.api = api;
  const changelog = readOptional(path.join(outDir, CHANGELOG_FILE));
  if (changelog !== undefined) previous.changelog = changelog;
  return previous;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The version and changelog of the package about to be written. The package folder carries its
 * own history: without --bump a regeneration keeps the version and changelog it finds there
 * (so `check` agrees with `generate`); with --bump the API diff against the snapshot of the
 * last run decides the bump and adds one changelog entry on top.
 */
export async function planRelease(input: ReleaseInput): Promise<Release> {
  const previous = readPreviousOutput(input.outDir, input.bump);
  let version = input.versionFromOutput && previous.version !== undefined ? previous.version : input.configuredVersion;
  let bump: SemverBump = 'none';
  let changelog = previous.changelog;
  if (input.bump) {
    if (previous.api === undefined) {
      throw new FatalError(`--bump needs the ${API_SNAPSHOT_FILE} of a previous run in ${input.outDir}; generate once without --bump first`);
    }
    const diff = diffIr(previous.api, input.ir);
    bump = diff.bump;
    if (bump !== 'none') {
      try {
        version = nextVersion(version, bump);
      } catch (error) {
        throw new FatalError(`--bump: ${error instanceof Error ? error.message : String(error)}`);
      }
      const history = (previous.changelog ?? CHANGELOG_TITLE).replace(CHANGELOG_TITLE, '').trimStart();
      changelog = `${CHANGELOG_TITLE}\n${renderChangelogEntry(diff, version)}${history === '' ? '' : `\n${history}`}`;
    }
  }
  markStep('release: previous output read');
  const files = new Map<string, string>();
  if (changelog !== undefined) files.set(CHANGELOG_FILE, changelog);
  let snapshot: ApiSnapshot | undefined;
  const apiSnapshot = (): ApiSnapshot => {
    if (snapshot === undefined) {
      snapshot = renderApiSnapshot(input.ir, input.previousApiFiles);
      markStep('release: API snapshot rendered');
    }
    return snapshot;
  };
  return { version, bump, files, apiSnapshot };
}
