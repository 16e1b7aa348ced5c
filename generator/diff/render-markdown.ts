import type { ApiChange, ApiDiff } from './change.js';
import { IMPACT_ORDER, SYSTEM_SECTION, TYPES_SECTION } from './change.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { describeChange } from './describe-change.js';
import { mdCode } from './markdown-text.js';

interface SubjectChanges {
  subject: string;
  changes: ApiChange[];
}

function groupBy(changes: readonly ApiChange[], key: (change: ApiChange) => string): Map<string, ApiChange[]> {
  const map = new Map<string, ApiChange[]>();
  for (const change of changes) map.set(key(change), [...(map.get(key(change)) ?? []), change]);
  return map;
}

/** Methods first (by docs section), then shared types, then system errors. */
function sectionRank(section: string): number {
  return section === TYPES_SECTION ? 1 : section === SYSTEM_SECTION ? 2 : 0;
}

function is(kind: ApiChange['kind']) {
  return (entry: SubjectChanges): boolean => entry.changes.some((change) => change.kind === kind);
}

function docsSummary(changes: readonly ApiChange[]): string {
  const places = changes.map((change) => describeChange(change, mdCode));
  return `- docs: ${changes.length} text change${changes.length === 1 ? '' : 's'} (${places.join('; ')})`;
}

function renderSubject(entry: SubjectChanges): string[] {
  const lines = [`### ${mdCode(entry.subject)}`, ''];
  const significant = entry.changes.filter((change) => change.impact !== 'docs');
  for (const impact of IMPACT_ORDER) {
    if (impact === 'docs') continue;
    for (const change of significant.filter((c) => c.impact === impact)) {
      const label = impact === 'breaking' ? '**breaking**' : impact;
      lines.push(`- ${label}: ${describeChange(change, mdCode)}`);
    }
  }
  const docs = entry.changes.filter((change) => change.impact === 'docs');
  if (docs.length > 0) lines.push(docsSummary(docs));
  lines.push('');
  return lines;
}

function nameList(entries: readonly SubjectChanges[]): string {
  return entries.map((entry) => mdCode(entry.subject)).join(', ');
}

/**
 * Within a section: removed subjects (breaking), changed subjects with breaking changes, added
 * subjects, other changed subjects, then subjects whose only changes are docs text, as one line.
 */
function renderSection(section: string, changes: readonly ApiChange[]): string[] {
  const subjects = [...groupBy(changes, (change) => change.subject)]
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([subject, list]): SubjectChanges => ({ subject, changes: list }));
  const removed = subjects.filter((entry) => is('method-removed')(entry) || is('type-removed')(entry));
  const added = subjects.filter((entry) => is('method-added')(entry) || is('type-added')(entry));
  const whole = new Set([...removed, ...added]);
  const changed = subjects.filter((entry) => !whole.has(entry));
  const breaking = changed.filter((entry) => entry.changes.some((change) => change.impact === 'breaking'));
  const other = changed.filter((entry) => !breaking.includes(entry) && entry.changes.some((change) => change.impact !== 'docs'));
  const docsOnly = changed.filter((entry) => entry.changes.every((change) => change.impact === 'docs'));

  const title = section === TYPES_SECTION ? 'Shared types' : section === SYSTEM_SECTION ? 'System errors' : `Section ${mdCode(section)}`;
  const lines = [`## ${title}`, ''];
  if (removed.length > 0) lines.push(`**Removed (breaking):** ${nameList(removed)}`, '');
  for (const entry of breaking) lines.push(...renderSubject(entry));
  if (added.length > 0) lines.push(`**Added:** ${nameList(added)}`, '');
  for (const entry of other) lines.push(...renderSubject(entry));
  if (docsOnly.length > 0) lines.push(`Docs text only: ${nameList(docsOnly)}`, '');
  return lines;
}

/** The diff for humans: counts and the suggested bump, then each section (see `renderSection`). */
export function renderDiffMarkdown(diff: ApiDiff): string {
  const s = diff.summary;
  const lines = ['# API changes', ''];
  if (s.total === 0) return `${[...lines, 'No changes.'].join('\n')}\n`;
  lines.push(
    `Suggested version bump: **${diff.bump}**`,
    '',
    '| impact | changes |',
    '| --- | ---: |',
    ...IMPACT_ORDER.map((impact) => `| ${impact} | ${s[impact]} |`),
    `| total | ${s.total} |`,
    '',
    `Methods: ${s.methodsFrom} → ${s.methodsTo}; ${s.methodsAdded} added, ${s.methodsRemoved} removed, ` +
      `${s.methodsChanged} changed (${s.methodsRenamed} renamed), ${s.methodsDocsOnly} with docs text changes only.`,
    `Shared types: ${s.typesAdded} added, ${s.typesRemoved} removed, ${s.typesChanged} changed.`,
    '',
  );
  const sections = [...groupBy(diff.changes, (change) => change.section)].sort(
    ([a], [b]) => sectionRank(a) - sectionRank(b) || compareCodeUnits(a, b),
  );
  for (const [section, changes] of sections) lines.push(...renderSection(section, changes));
  return `${lines.join('\n').trimEnd()}\n`;
}
