import type { ApiDiff } from './change.js';

/**
 * The diff for tools: the {@link ApiDiff} object, two-space indented, keys in the order of
 * its interfaces, changes in `compareChanges` order, optional keys left out when empty.
 */
export function renderDiffJson(diff: ApiDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
