import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { cellTokens } from './cell-tokens.js';
import { parseNameCell } from './name-cell.js';
import { codes, makeCtx, nodesOf } from './test-support.js';
import { parseTypeCell } from './type-cell.js';

const typeOf = (md: string) => {
  const ctx = makeCtx();
  const t = parseTypeCell(parseNameCell(cellTokens(nodesOf(md) as RootContent[])).typeTokens, ctx);
  return { t, ctx };
};

describe('parseTypeCell', () => {
  it('a link resolves against the page', () => {
    const { t } = typeOf('**x**\n[`time`](../../data-types.md#time)');
    expect(t).toMatchObject({ kind: 'named', typeId: 'api-reference/data-types.md#time', link: 'api-reference/data-types.md#time' });
  });
  it('LT \\| LT across links is a union', () => {
    const { t } = typeOf('**x**\n[`integer`](../../data-types.md) \\| [`string`](../../data-types.md)');
    expect(t).toMatchObject({ kind: 'union', raw: 'integer | string' });
    expect(t.members?.map((m) => m.name)).toEqual(['integer', 'string']);
  });
  it('triple-backtick span inside a link', () => {
    const { t } = typeOf('**x**\n[```string|null```](../../data-types.md)');
    expect(t.kind).toBe('union');
    expect(t.members?.map((m) => m.name)).toEqual(['string', 'null']);
  });
  it('two types on separate lines are a union', () => {
    const { t } = typeOf('**x**\n[`object`](../../data-types.md)\n[`string`](../../data-types.md)');
    expect(t.members?.map((m) => m.kind)).toEqual(['object', 'scalar']);
  });
  it('in-page object arrays are named types of this page', () => {
    const { t } = typeOf('**x**\n[`section[]`](#section)');
    expect(t).toMatchObject({ kind: 'array', items: { kind: 'named', typeId: 'api-reference/crm/deals/crm-deal-add.md#section' } });
  });
  it('LT or CT', () => {
    const { t } = typeOf('**x**\n[`integer`](../../data-types.md) or `string`');
    expect(t.members?.map((m) => m.name)).toEqual(['integer', 'string']);
  });
  it('unknown token: diagnostic and kind unknown', () => {
    const { t, ctx } = typeOf('**x**\n`Bot`');
    expect(t.kind).toBe('unknown');
    expect(codes(ctx)).toEqual(['unknown-type-token']);
    expect(ctx.diagnostics[0]).toMatchObject({ file: 'api-reference/crm/deals/crm-deal-add.md', line: 1 });
  });
  it('no type: unknown with empty raw and no unknown-token diagnostic', () => {
    const { t, ctx } = typeOf('**x**');
    expect(t).toEqual({ raw: '', kind: 'unknown' });
    expect(codes(ctx)).toEqual([]);
  });
});
