import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, IrDocument } from '../ir/types.js';
import { emitPackage } from './index.js';
import { differencesFromTranspile } from './same-tokens.js';
import { transpileFile } from './transpile.js';
import { compileConsumers, compileSources, installPackage, type InstalledPackage } from './typecheck-package.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NAME = 'edge-client';
/** The hostile description every method, field and error of the edge IR carries. */
const EVIL = 'Ends a comment */ process.exit(7) /* and `backticks` and ${injection} and \u2028line and \'quotes\' "dq" \\ back @param x';

const CONSUMER = `import { createClient, crmItemList, crmItemListV3, crmItemList2, x1cImport, xSync, batch, CrmItemListErrors } from 'edge-client';
import type { ParamsOf, ItemOf, ListMethodName, CrmMultifield, CrmStatusId, UserId, CrmItemListResultItem } from 'edge-client';

type ListParams = ParamsOf<'crm.item.list'>;
export const ok: ListParams = { entityTypeId: 1, filter: { '>=ID': 5, STATUS_ID: 'NEW', ASSIGNED_BY_ID: 1 }, mode: "b'c", class: 'x', '1st': 'y', Класс: 'z', ID: 3 };
// @ts-expect-error not one of the enum values
export const badMode: ListParams = { entityTypeId: 1, mode: 'z' };
// @ts-expect-error a status is a string code
export const badStatus: ListParams = { entityTypeId: 1, filter: { STATUS_ID: 1 } };
// @ts-expect-error the duplicate field keeps its first (string) type
export const dup: ListParams = { entityTypeId: 1, dup: 1 };
export const status: CrmStatusId = 'NEW';
export const user: UserId = 1;
export const phone: CrmMultifield = { VALUE: '+1', VALUE_TYPE: 'WORK' };
export const lists: ListMethodName[] = ['crm.item.list', 'crm.item.list@v3'];
// @ts-expect-error CRM.Item.List answers a number: not a list method
export const notList: ListMethodName = 'CRM.Item.List';

export async function use(): Promise<void> {
  const client = createClient({ webhookUrl: 'https://example.bitrix24.com/rest/1/secret/' });
  await client.crm.item();
  await client.crm.item.delete({ id: 1 });
  const v3: number[] = await client.v3.crm.item.list({ entityTypeId: 1 });
  const v2: CrmItemListResultItem[] = await client.crm.item.list({ entityTypeId: 1 });
  await client.CRM.Item.List();
  await client.x['1c'].import({ file: ['a.txt', 'aGk='] });
  await client.x.Sync();
  await client.main.eventlog.get();
  await client.call('crm.item.list@v3', { entityTypeId: 2 });
  for await (const item of client.iterate('crm.item.list', { entityTypeId: 2 })) {
    const typed: ItemOf<'crm.item.list'> = item;
    const phones: CrmMultifield[] = typed.PHONE;
    void phones;
  }
  await crmItemList(client, { entityTypeId: 1 });
  await crmItemListV3(client, { entityTypeId: 1 });
  await crmItemList2(client);
  await x1cImport(client);
  await xSync(client.core);
  await batch(client);
  const r = await client.batch({ one: ['crm.item.delete', { id: 1 }] });
  void r.result.one;
  void v3; void v2;
  const code: 'ERROR_CORE' = CrmItemListErrors.ErrorCore.code;
  void code;
}
`;

/** The text with string literals emptied and comments removed (enough for generated code). */
function codeOutsideLiterals(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === '\\' ? 2 : 1;
      out += ch + ch;
      i = j;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    } else if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end - 1;
    } else {
      out += ch;
    }
  }
  return out;
}

describe('emitPackage on hostile and awkward IR', () => {
  let files: Map<string, string>;
  let pkg: InstalledPackage;
  const diagnostics: Diagnostic[] = [];

  beforeAll(async () => {
    const ir = JSON.parse(await readFile(path.join(ROOT, 'test/fixtures/ir/edge-cases.json'), 'utf8')) as IrDocument;
    files = await emitPackage(ir, { packageName: NAME, packageVersion: '0.0.1', runtimeDir: path.join(ROOT, 'test/fixtures/runtime-stub'), diagnostics });
    pkg = await installPackage(files, NAME);
  });
  afterAll(async () => {
    await pkg?.dispose();
  });

  it('compiles, and a consumer sees the awkward names, namespaces and types as planned', async () => {
    expect(compileSources(pkg, files)).toEqual([]);
    expect(await compileConsumers(pkg, { 'consumer.ts': CONSUMER })).toEqual([]);
  });

  it('prints the .js and .d.ts of its section modules as TypeScript transpiles their sources', () => {
    expect(differencesFromTranspile(files, transpileFile)).toEqual([]);
  });

  it('keeps the hostile text inside comments, with the comment delimiters neutralised', () => {
    const dts = files.get('dist/methods/crm.d.ts') as string;
    expect(dts).toContain('Ends a comment *\\/ process.exit(7) /\\* and `backticks` and ${injection} and');
    for (const [file, text] of files) {
      if (!file.endsWith('.js') && !file.endsWith('.ts')) continue;
      // Outside string literals and comments the text never appears as code.
      expect(codeOutsideLiterals(text), file).not.toContain('process.exit');
    }
  });

  it('round-trips the hostile text through string literals when the package runs', async () => {
    const errors = (await import(pathToFileURL(path.join(pkg.packageDir, 'dist/errors.js')).href)) as {
      SystemErrorCode: Record<string, { code: string; message: string; status: number }>;
    };
    expect(errors.SystemErrorCode['BAD */ CODE']).toEqual({ code: 'BAD */ CODE', status: 500, message: EVIL });
    const methods = (await import(pathToFileURL(path.join(pkg.packageDir, 'dist/methods/crm.js')).href)) as {
      CrmItemListErrors: Record<string, { code: string; message?: string }>;
    };
    expect(methods.CrmItemListErrors['ErrorCore']?.message).toBe(EVIL);
    expect(Object.keys(methods.CrmItemListErrors)).toEqual(['ErrorCore', 'Error400', 'Error0', 'Error02']);
  });

  it('keeps a __proto__ key of an example as data, not as a prototype', async () => {
    const fixtures = (await import(pathToFileURL(path.join(pkg.packageDir, 'dist/fixtures/crm.js')).href)) as {
      crmItemListFixture: { response: { result: Array<Record<string, unknown>> } };
    };
    const item = fixtures.crmItemListFixture.response.result[0] as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(item, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
  });

  it('reports what it could not place or type, with the page', () => {
    const found = diagnostics.map((d) => `${d.file}: ${d.code}`).sort();
    expect(found).toEqual([
      'api-reference/common/batch.md: namespace-clash',
      'api-reference/crm/crm-item-delete.md: example-result-mismatch',
      'api-reference/crm/crm-item-list.md: duplicate-field',
      'api-reference/crm/crm-item-list.md: example-result-mismatch',
    ]);
  });
});
