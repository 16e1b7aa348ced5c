import { describe, expect, it } from 'vitest';
import { diffIr } from './diff-ir.js';
import { renderDiffMarkdown } from './render-markdown.js';
import { ir, method, sampleIrPair } from './test-support.js';

describe('renderDiffMarkdown', () => {
  const { from, to } = sampleIrPair();
  const markdown = renderDiffMarkdown(diffIr(from, to));

  it('renders the whole report deterministically', () => {
    expect(markdown).toBe(
      [
        '# API changes',
        '',
        'Suggested version bump: **major**',
        '',
        '| impact | changes |',
        '| --- | ---: |',
        '| breaking | 2 |',
        '| addition | 4 |',
        '| compatible | 1 |',
        '| docs | 1 |',
        '| total | 8 |',
        '',
        'Methods: 3 → 3; 1 added, 1 removed, 2 changed (0 renamed), 0 with docs text changes only.',
        'Shared types: 0 added, 0 removed, 1 changed.',
        '',
        '## Section `crm`',
        '',
        '**Removed (breaking):** `crm.deal.legacy`',
        '',
        '### `crm.deal.get`',
        '',
        '- **breaking**: result field `OLD` removed',
        '- addition: param `select` added (`string[]`)',
        '- compatible: param `id` is now optional',
        '',
        '**Added:** `crm.deal.new`',
        '',
        '## Section `sonet-group`',
        '',
        '### `tasks.api.scrum.backlog.add`',
        '',
        '- addition: error `0` `Group id not found` added',
        '- docs: 1 text change (method description changed)',
        '',
        '## Shared types',
        '',
        '### `api-reference/data-types.md#x`',
        '',
        '- addition: field `b` added (`integer`)',
        '',
      ].join('\n'),
    );
  });

  it('lists methods with only docs changes on one line', () => {
    const a = method('crm.a', { section: 'crm' });
    const text = renderDiffMarkdown(diffIr(ir([a]), ir([{ ...a, description: 'New words.' }])));
    expect(text).toContain('Docs text only: `crm.a`');
    expect(text).toContain('**patch**');
    expect(text).not.toContain('### `crm.a`');
  });

  it('says so when nothing changed', () => {
    expect(renderDiffMarkdown(diffIr(from, from))).toBe('# API changes\n\nNo changes.\n');
  });

  it('keeps docs text from escaping into Markdown', () => {
    const a = method('crm.a', { section: 'crm' });
    const text = renderDiffMarkdown(diffIr(ir([a]), ir([{ ...a, errors: [{ code: '`x', message: 'bad\n# Injected', description: '' }] }])));
    expect(text).toContain('- addition: error `` `x `` `bad # Injected` added');
    expect(text.split('\n').filter((line) => line.startsWith('# '))).toEqual(['# API changes']);
  });
});
