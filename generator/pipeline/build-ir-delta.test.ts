/**
 * The delta build (build-ir.ts) must give the IR the whole build gives, whatever the edit: on
 * the real CRM pages, each edit below is followed by a delta build and by a whole build over
 * the same page results, and the two IRs must be the same JSON. Each edit also checks which
 * way the build went: a change that stays on its page redoes only its page's method; one that
 * moves the cross-page context (a title, a `*.fields` page, the page list) redoes them all.
 */
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openIncremental } from '../cache/incremental.js';
import { copyCorpusParts, withParagraphUnderTitle } from '../../test/support/corpus-copy.js';
import { buildIr } from './build-ir.js';

const SUBSET = ['_includes', 'api-reference/data-types.md', 'api-reference/crm'];
const OPTIONS = { packageName: '@b24gen/client' };

let work: string;
let docs: string;
let cacheRoot: string;

function edit(file: string, change: (text: string) => string): void {
  const full = path.join(docs, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  // An edit that finds nothing to change would test nothing.
  expect(after).not.toBe(before);
  writeFileSync(full, after);
}

/** A delta build and a whole build of the tree as it is now; returns how many methods the delta run finished. */
async function compareBuilds(): Promise<{ finished: number; methods: number }> {
  const inc = openIncremental({ docsRoot: docs, outDir: path.join(work, 'out'), options: OPTIONS, cacheRoot });
  const delta = await buildIr(docs, { pageCache: inc.pageCache, finals: inc.finals, listing: inc.listing });
  const finished = inc.finals.stats.recorded;
  // The whole build over the same page results: the cross-page passes run on every method.
  const whole = await buildIr(docs, { pageCache: inc.pageCache, listing: inc.listing });
  expect(JSON.stringify(delta)).toBe(JSON.stringify(whole));
  inc.commit();
  return { finished, methods: whole.methods.length };
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'b24gen-delta-test-'));
  docs = path.join(work, 'docs');
  cacheRoot = path.join(work, 'cache');
  copyCorpusParts(SUBSET, docs);
  // The first run records every finished method.
  const first = await compareBuilds();
  expect(first.finished).toBe(first.methods);
  expect(first.methods).toBeGreaterThan(300);
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the delta build of the IR equals the whole build', () => {
  it('after a paragraph under the title of a page that also defines a structure', async () => {
    edit('api-reference/crm/deals/crm-deal-get.md', (t) => withParagraphUnderTitle(t, 'A paragraph added by the delta test.'));
    expect((await compareBuilds()).finished).toBe(1);
  });

  it('after a param row is added', async () => {
    edit('api-reference/crm/deals/crm-deal-get.md', (t) =>
      t.replace('[crm.deal.add](./crm-deal-add.md) ||\n|#', '[crm.deal.add](./crm-deal-add.md) ||\n|| **extra**\n[`string`](../../data-types.md) | A param added by the delta test. ||\n|#'),
    );
    expect((await compareBuilds()).finished).toBe(1);
  });

  it('after a value of a response example changes type', async () => {
    edit('api-reference/crm/deals/crm-deal-get.md', (t) => t.replace('"ID": "410",', '"ID": 410,'));
    expect((await compareBuilds()).finished).toBe(1);
  });

  it('after a shared structure changes a field type: the methods that looked it up are finished again', async () => {
    // `crm_currency` is looked up by `crm.currency.get` (and read whole by the types module).
    edit('api-reference/crm/data-types.md', (t) =>
      t.replace('|| **AMOUNT_CNT**\n[`integer`](../data-types.md) | Nominal value.', '|| **AMOUNT_CNT**\n[`string`](../data-types.md) | Nominal value.'),
    );
    const { finished, methods } = await compareBuilds();
    expect(finished).toBeGreaterThan(0);
    expect(finished).toBeLessThan(methods);
  });

  it('after a response example that a shared structure takes its types from changes: the structures are refined again', async () => {
    // `crm.currency.get` returns a `crm_currency`, and its example widens that structure's fields.
    const before = await buildIr(docs);
    const widened = (ir: typeof before): string =>
      JSON.stringify(ir.types.find((t) => t.id === 'api-reference/crm/data-types.md#crm_currency')?.fields.find((f) => f.name === 'AMOUNT')?.type);
    edit('api-reference/crm/currency/crm-currency-get.md', (t) => t.replace('"AMOUNT": "1.0000",', '"AMOUNT": null,'));
    expect((await compareBuilds()).finished).toBe(1);
    const after = await buildIr(docs);
    expect(widened(after)).not.toBe(widened(before));
  });

  it('after an include many pages use changes', async () => {
    edit('_includes/required.md', (t) => `${t}\nA line added by the delta test.\n`);
    const { finished, methods } = await compareBuilds();
    expect(finished).toBeGreaterThan(1);
    expect(finished).toBeLessThanOrEqual(methods);
  });

  it('after a `*.fields` page changes (other methods take their filter keys from it): every method is finished again', async () => {
    edit('api-reference/crm/deals/crm-deal-fields.md', (t) => withParagraphUnderTitle(t, 'A paragraph added by the delta test.'));
    const { finished, methods } = await compareBuilds();
    expect(finished).toBe(methods);
  });

  it('after a page title other pages show in their see-also changes: every method is finished again', async () => {
    edit('api-reference/crm/deals/crm-deal-list.md', (t) => t.replace(/^# .*$/m, '# Get a list of deals, retitled crm.deal.list'));
    const { finished, methods } = await compareBuilds();
    expect(finished).toBe(methods);
  });

  it('after a method page is added, and again after it is removed', async () => {
    const copy = 'api-reference/crm/deals/crm-deal-get-copy.md';
    writeFileSync(path.join(docs, copy), readFileSync(path.join(docs, 'api-reference/crm/deals/crm-deal-get.md'), 'utf8').replace(/^# .*$/m, '# Get Deal Copy crm.deal.getcopy'));
    const added = await compareBuilds();
    expect(added.finished).toBe(added.methods);
    unlinkSync(path.join(docs, copy));
    const removed = await compareBuilds();
    expect(removed.finished).toBe(removed.methods);
    // Nothing changed since: the next delta build finishes nothing again.
    expect((await compareBuilds()).finished).toBe(0);
  });
});
