import { describe, expect, it } from 'vitest';
import { absoluteDocLinks, absoluteFieldLinks, docsLinkUrl } from './doc-links.js';

const PAGE = 'api-reference/crm/deals/crm-deal-add.md';

describe('absoluteDocLinks', () => {
  it('turns relative and in-page links into online docs URLs, keeping the rest of the Markdown', () => {
    const md = 'See [crm.status.list](../status/crm-status-list.md) and the fields [below](#fields); **bold** stays.';
    expect(absoluteDocLinks(md, PAGE)).toBe(
      'See [crm.status.list](https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-list.html) and the fields [below](https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-add.html#fields); **bold** stays.',
    );
  });

  it('keeps absolute URLs and links that leave the docs tree', () => {
    const md = '[site](https://example.com/a.md) [up](../../../../../x.md) [img](pic.png)';
    expect(absoluteDocLinks(md, PAGE)).toBe(md);
  });

  it('resolves site-absolute include links and anchors on other pages', () => {
    expect(docsLinkUrl('/api-reference/data-types.html#time', PAGE)).toBe('https://apidocs.bitrix24.com/api-reference/data-types.html#time');
    expect(docsLinkUrl('../../data-types.md#crm_multifield', PAGE)).toBe('https://apidocs.bitrix24.com/api-reference/data-types.html#crm_multifield');
  });

  it('resolves a field description from the fragment file it came from', () => {
    const fields = [{ name: 'a', required: false, type: { raw: '', kind: 'unknown' as const }, description: '[x](y.md)', position: { file: 'api-reference/tasks/_includes/f.md', line: 1, column: 1 } }];
    absoluteFieldLinks(fields, PAGE);
    expect(fields[0]?.description).toBe('[x](https://apidocs.bitrix24.com/api-reference/tasks/_includes/y.html)');
  });
});
