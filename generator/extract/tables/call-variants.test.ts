import { describe, expect, it } from 'vitest';
import type { Field } from '../../ir/types.js';
import { applyCallVariants, extractCallVariants } from './call-variants.js';
import { extractParamSection } from './index.js';
import { codes, makeCtx, nodesOf } from './test-support.js';

const H = '#|\n|| **Name**\n`type` | **Description** ||\n';
const table = (rows: string): string => `${H}${rows}|#\n`;
const row = (name: string, type = 'integer'): string => `|| **${name}**\n\`${type}\` | d ||\n`;

const THREE_WAYS =
  'There are three ways to call it.\n\n' +
  `### 1. By attached poll ID\n\n${table(row('attachId*'))}\n` +
  `### 2. By poll element\n\n${table(row('moduleId*', 'string') + row('entityId*') + row('lang', 'string'))}\n` +
  `### 3. By signed ID\n\n${table(row('signedAttachId*', 'string'))}`;

describe('numbered ways to call', () => {
  it('reads every numbered table as top-level params, with no unlinked-table diagnostic', () => {
    const ctx = makeCtx();
    const fields = extractParamSection(nodesOf(THREE_WAYS), ctx);
    expect(fields.map((f) => f.name)).toEqual(['attachId', 'moduleId', 'entityId', 'lang', 'signedAttachId']);
    expect(codes(ctx)).toEqual([]);
  });

  it('names the required params of each way', () => {
    expect(extractCallVariants(nodesOf(THREE_WAYS), makeCtx())).toEqual([['attachId'], ['moduleId', 'entityId'], ['signedAttachId']]);
  });

  it('reads a second "Method Parameters for …" section as another way, the first table being the first way', () => {
    const md = `${table(row('JS_METHOD*', 'string') + row('BOT_ID'))}\n## Method Parameters for IFRAME Application\n\n${table(row('IFRAME*', 'string') + row('BOT_ID'))}`;
    const ctx = makeCtx();
    expect(extractParamSection(nodesOf(md), ctx).map((f) => f.name)).toEqual(['JS_METHOD', 'BOT_ID', 'IFRAME']);
    expect(codes(ctx)).toEqual([]);
    expect(extractCallVariants(nodesOf(md), makeCtx())).toEqual([['JS_METHOD'], ['IFRAME']]);
  });

  it('finds no ways where headings are not numbered alike, or only one is', () => {
    const nested = `${table(row('fields', 'object'))}\n### Parameter fields\n\n${table(row('ID*'))}`;
    expect(extractCallVariants(nodesOf(nested), makeCtx())).toEqual([]);
    const one = `### 1. By ID\n\n${table(row('ID*'))}`;
    expect(extractCallVariants(nodesOf(one), makeCtx())).toEqual([]);
  });

  it('makes each way\'s params conditional, and keeps only sets whose names are params', () => {
    const params: Field[] = ['attachId', 'moduleId', 'entityId'].map((name) => ({ name, required: true, requiredMark: 'required', type: { raw: 'integer', kind: 'scalar', name: 'integer' }, description: '' }));
    expect(applyCallVariants(params, [['attachId'], ['moduleId', 'entityId'], ['gone']])).toEqual([['attachId'], ['moduleId', 'entityId']]);
    expect(params.map((p) => [p.required, p.requiredMark])).toEqual([
      [false, 'conditional'],
      [false, 'conditional'],
      [false, 'conditional'],
    ]);
    expect(applyCallVariants(params, [['attachId']])).toEqual([]);
  });
});
