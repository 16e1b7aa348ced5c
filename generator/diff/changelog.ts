import type { ApiChange, ApiDiff, ChangeImpact } from './change.js';
import { SYSTEM_SECTION, TYPES_SECTION } from './change.js';
import { describeChange } from './describe-change.js';
import { mdCode } from './markdown-text.js';
import { isSemver } from './semver.js';

const HEADINGS: ReadonlyArray<[Exclude<ChangeImpact, 'docs'>, string]> = [
  ['breaking', 'Breaking changes'],
  ['addition', 'Added'],
  ['compatible', 'Changed'],
];

function subjectLabel(change: ApiChange): string {
  if (change.section === SYSTEM_SECTION) return 'system errors';
  if (change.section === TYPES_SECTION) return `type ${mdCode(change.subject)}`;
  return mdCode(change.subject);
}

/**
 * A CHANGELOG.md section for the generated package: `## <version>`, then breaking, added and
 * changed items (one line each, in diff order), then one line counting docs-only changes.
 * Throws a RangeError when `version` is not semver. No date, so that regenerating from the same docs gives the same file.
 */
export function renderChangelogEntry(diff: ApiDiff, version: string): string {
  if (!isSemver(version)) throw new RangeError(`not a semver version: ${JSON.stringify(version)}`);
  const lines = [`## ${version}`, ''];
  if (diff.changes.length === 0) return `${[...lines, 'No API changes.'].join('\n')}\n`;
  for (const [impact, heading] of HEADINGS) {
    const changes = diff.changes.filter((change) => change.impact === impact);
    if (changes.length === 0) continue;
    lines.push(`### ${heading}`, '');
    for (const change of changes) lines.push(`- ${subjectLabel(change)}: ${describeChange(change, mdCode)}`);
    lines.push('');
  }
  const docs = diff.changes.filter((change) => change.impact === 'docs');
  if (docs.length > 0) {
    const subjects = new Set(docs.map((change) => change.subject)).size;
    lines.push('### Documentation', '', `- Docs text changed in ${subjects} place${subjects === 1 ? '' : 's'} (${docs.length} change${docs.length === 1 ? '' : 's'}).`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
