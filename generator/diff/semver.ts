import type { ApiChange, SemverBump } from './change.js';

/**
 * The bump a set of changes calls for: major when any breaks callers, minor when any adds to or
 * loosens the typed surface (additions and compatible changes), patch when only docs text
 * changed, none without changes.
 */
export function suggestBump(changes: readonly Pick<ApiChange, 'impact'>[]): SemverBump {
  if (changes.some((change) => change.impact === 'breaking')) return 'major';
  if (changes.some((change) => change.impact === 'addition' || change.impact === 'compatible')) return 'minor';
  return changes.length > 0 ? 'patch' : 'none';
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function isSemver(version: string): boolean {
  return SEMVER.test(version);
}

/**
 * The version after `current` for a bump. Below 1.0.0 the package follows npm's caret rule
 * (`^0.y.z` accepts only patches), so a breaking change moves the minor and anything else the
 * patch. A pre-release version is completed to its release first (`1.2.0-rc.1` + minor → `1.2.0`,
 * + patch → `1.2.0`, + major → `2.0.0` unless it is already `x.0.0-…`). Build metadata is dropped.
 * Throws a RangeError for a version that is not semver.
 */
export function nextVersion(current: string, bump: SemverBump): string {
  const match = SEMVER.exec(current.trim());
  if (match === null) throw new RangeError(`not a semver version: ${JSON.stringify(current)}`);
  const major = Number(match[1]);
  const minor = Number(match[2]);
  const patch = Number(match[3]);
  const prerelease = match[4] !== undefined;
  if (bump === 'none') return `${major}.${minor}.${patch}${prerelease ? `-${match[4]}` : ''}`;
  if (prerelease) {
    if (bump === 'patch') return `${major}.${minor}.${patch}`;
    if (bump === 'minor' || major === 0) return patch === 0 ? `${major}.${minor}.0` : `${major}.${minor + 1}.0`;
    return minor === 0 && patch === 0 ? `${major}.0.0` : `${major + 1}.0.0`;
  }
  if (major === 0) return bump === 'major' ? `0.${minor + 1}.0` : `0.${minor}.${patch + 1}`;
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
