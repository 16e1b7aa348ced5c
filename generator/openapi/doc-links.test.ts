import { describe, expect, it } from 'vitest';
import { absolutizeDocLinks } from './doc-links.js';

const SOURCE = 'api-reference/crm/deals/crm-deal-add.md';

describe('absolutizeDocLinks', () => {
  it('points relative page links at the online docs', () => {
    expect(absolutizeDocLinks('see [crm.status.list](../status/crm-status-list.md)', SOURCE)).toBe(
      'see [crm.status.list](https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-list.html)',
    );
    expect(absolutizeDocLinks('[types](../../data-types.md#time "Time")', SOURCE)).toBe(
      '[types](https://apidocs.bitrix24.com/api-reference/data-types.html#time "Time")',
    );
  });

  it('resolves in-page anchors and site-absolute paths', () => {
    expect(absolutizeDocLinks('[below](#fields)', SOURCE)).toBe('[below](https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-add.html#fields)');
    expect(absolutizeDocLinks('[limits](/limits.html)', SOURCE)).toBe('[limits](https://apidocs.bitrix24.com/limits.html)');
  });

  it('leaves absolute URLs, links above the root and text without a source alone', () => {
    expect(absolutizeDocLinks('[x](https://example.com/a.md)', SOURCE)).toBe('[x](https://example.com/a.md)');
    expect(absolutizeDocLinks('[x](../../../../up.md)', SOURCE)).toBe('[x](../../../../up.md)');
    expect(absolutizeDocLinks('[x](./a.md)', undefined)).toBe('[x](./a.md)');
  });
});
