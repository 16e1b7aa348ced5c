import { describe, expect, it } from 'vitest';
import { diffIr } from './diff-ir.js';
import { renderChangelogEntry } from './changelog.js';
import { nextVersion } from './semver.js';
import { sampleIrPair } from './test-support.js';

describe('renderChangelogEntry', () => {
  const { from, to } = sampleIrPair();

  it('writes a date-free section with breaking, added, changed and a docs count', () => {
    const diff = diffIr(from, to);
    expect(renderChangelogEntry(diff, nextVersion('1.3.0', diff.bump))).toBe(
      [
        '## 2.0.0',
        '',
        '### Breaking changes',
        '',
        '- `crm.deal.get`: result field `OLD` removed',
        '- `crm.deal.legacy`: method removed',
        '',
        '### Added',
        '',
        '- type `api-reference/data-types.md#x`: field `b` added (`integer`)',
        '- `crm.deal.get`: param `select` added (`string[]`)',
        '- `crm.deal.new`: method added',
        '- `tasks.api.scrum.backlog.add`: error `0` `Group id not found` added',
        '',
        '### Changed',
        '',
        '- `crm.deal.get`: param `id` is now optional',
        '',
        '### Documentation',
        '',
        '- Docs text changed in 1 place (1 change).',
        '',
      ].join('\n'),
    );
  });

  it('says when there is nothing to report', () => {
    expect(renderChangelogEntry(diffIr(from, from), '1.3.0')).toBe('## 1.3.0\n\nNo API changes.\n');
  });

  it('refuses a version that is not semver, so that nothing odd lands in the heading', () => {
    expect(() => renderChangelogEntry(diffIr(from, to), '1.0.0\n# x')).toThrow(RangeError);
  });
});
