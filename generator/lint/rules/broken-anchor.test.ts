import { describe, expect, it } from 'vitest';
import type { TypeRef } from '../../ir/types.js';
import { fieldOf, irOf, methodOf } from '../test-support.js';
import { brokenAnchor } from './broken-anchor.js';

const source = 'api-reference/x/x-add.md';
const linked = (anchor: string): TypeRef => ({ raw: 'object', kind: 'object' as const, link: `${source}#${anchor}` });

describe('broken-anchor', () => {
  it('reports an in-page type link that leads to no table', () => {
    const method = methodOf({ name: 'x.add', source, params: [fieldOf('fields', { type: linked('feilds') })] });
    expect(brokenAnchor.check(method, irOf([method]), {}).map((f) => f.message)).toEqual(['type of "fields" links to #feilds, which names no table on the page']);
  });
  it('accepts links whose table was nested or became a shared type, and links to other pages', () => {
    const nested = fieldOf('fields', { type: linked('fields'), fields: [fieldOf('a')] });
    const shared = fieldOf('item', { type: { ...linked('item'), kind: 'named', typeId: `${source}#item` } });
    const byId = fieldOf('row', { type: linked('row') });
    const elsewhere = fieldOf('time', { type: { raw: 'time', kind: 'named', link: 'api-reference/data-types.md#nope' } });
    const method = methodOf({ name: 'x.add', source, params: [nested, shared, byId, elsewhere] });
    const ir = irOf([method], { types: [{ id: `${source}#row`, name: 'row', description: '', fields: [], source }] });
    expect(brokenAnchor.check(method, ir, {})).toEqual([]);
  });
});

describe('broken-anchor with the page at hand', () => {
  const anchorsOf = (page: string) => (page === source ? new Set(['fields', 'status']) : undefined);
  it('checks type links and description links against the page\'s anchors', () => {
    const method = methodOf({
      name: 'x.add',
      source,
      description: 'See [the statuses](#status) and [the limits](#limits).',
      params: [
        fieldOf('fields', { type: linked('fields') }),
        fieldOf('item', { type: linked('itme'), fields: [fieldOf('a')] }),
        { ...fieldOf('state'), description: 'One of [statuses](#statuses)' },
      ],
    });
    expect(brokenAnchor.check(method, irOf([method]), { anchorsOf }).map((f) => f.message)).toEqual([
      'type of "item" links to #itme, which the page does not define',
      'description of "state" links to #statuses, which the page does not define',
      'the introduction links to #limits, which the page does not define',
    ]);
  });
});
