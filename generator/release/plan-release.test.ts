import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IrDocument, IrMethod } from '../ir/types.js';
import { MARKER_FILE } from '../write/index.js';
import { asciiJson } from '../ascii-json.js';
import { API_SNAPSHOT_FILE, methodsFileOf, parseApiSnapshot, renderApiSnapshot } from './api-snapshot.js';
import { CHANGELOG_FILE, planRelease } from './plan-release.js';

function method(name: string, errors: string[] = []): IrMethod {
  return {
    name, apiVersion: 'v2', key: name, source: `api-reference/x/${name}.md`, docsUrl: '', title: name, section: 'x', scope: ['x'],
    description: '', params: [], result: [], resultType: { raw: 'boolean', kind: 'scalar', name: 'boolean' },
    errors: errors.map((message) => ({ code: '0', message, description: '' })),
    examples: { response: { result: true } }, seeAlso: [], diagnostics: [],
  };
}
const irOf = (...methods: IrMethod[]): IrDocument => ({ irVersion: 1, methods, types: [], systemErrors: [], pages: [], diagnostics: [] });

const dirs: string[] = [];
function writeSnapshot(dir: string, ir: IrDocument): void {
  for (const [file, text] of renderApiSnapshot(ir).files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}
/** The snapshot as a reader of its files (for `parseApiSnapshot`). */
const readerOf = (files: ReadonlyMap<string, string>) => (file: string): string | undefined => files.get(file);

function previousOutput(version: string, ir: IrDocument | undefined, changelog?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'b24gen-release-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, MARKER_FILE), '{}');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'p', version }));
  if (ir) writeSnapshot(dir, ir);
  if (changelog !== undefined) writeFileSync(path.join(dir, CHANGELOG_FILE), changelog);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('planRelease', () => {
  it('keeps the version the package has when none is configured, and writes the API snapshot', async () => {
    const outDir = previousOutput('1.4.2', irOf(method('a.b')));
    const release = await planRelease({ outDir, ir: irOf(method('a.b')), configuredVersion: '0.1.0', versionFromOutput: true, bump: false });
    expect(release.version).toBe('1.4.2');
    expect(release.bump).toBe('none');
    const snapshot = release.apiSnapshot();
    expect(parseApiSnapshot(readerOf(snapshot.files))?.methods.map((m) => m.name)).toEqual(['a.b']);
    expect([...snapshot.files.keys()].sort()).toEqual(['api.json', 'api/x.json']);
    expect(snapshot.kept.size).toBe(0);
    // Made once, when first asked for.
    expect(release.apiSnapshot()).toBe(snapshot);
    expect(release.files.has(CHANGELOG_FILE)).toBe(false);
  });

  it('uses a configured version over the package one', async () => {
    const outDir = previousOutput('1.4.2', irOf(method('a.b')));
    const release = await planRelease({ outDir, ir: irOf(method('a.b')), configuredVersion: '2.0.0', versionFromOutput: false, bump: false });
    expect(release.version).toBe('2.0.0');
  });

  it('bumps minor for an added error and puts the entry above the history', async () => {
    const outDir = previousOutput('1.4.2', irOf(method('a.b')), '# Changelog\n\n## 1.4.2\n\nold entry\n');
    const release = await planRelease({ outDir, ir: irOf(method('a.b', ['Group id not found'])), configuredVersion: '0.1.0', versionFromOutput: true, bump: true });
    expect(release.bump).toBe('minor');
    expect(release.version).toBe('1.5.0');
    const changelog = release.files.get(CHANGELOG_FILE)!;
    expect(changelog.startsWith('# Changelog\n\n## 1.5.0\n')).toBe(true);
    expect(changelog).toContain('Group id not found');
    expect(changelog.indexOf('## 1.5.0')).toBeLessThan(changelog.indexOf('## 1.4.2'));
  });

  it('bumps major when a method is removed', async () => {
    const outDir = previousOutput('1.4.2', irOf(method('a.b'), method('a.c')));
    const release = await planRelease({ outDir, ir: irOf(method('a.b')), configuredVersion: '0.1.0', versionFromOutput: true, bump: true });
    expect(release.version).toBe('2.0.0');
  });

  it('leaves the version alone when nothing changed', async () => {
    const outDir = previousOutput('1.4.2', irOf(method('a.b')));
    const release = await planRelease({ outDir, ir: irOf(method('a.b')), configuredVersion: '0.1.0', versionFromOutput: true, bump: true });
    expect(release).toMatchObject({ version: '1.4.2', bump: 'none' });
  });

  it('refuses --bump without a snapshot of a previous run', async () => {
    const outDir = previousOutput('1.4.2', undefined);
    await expect(planRelease({ outDir, ir: irOf(method('a.b')), configuredVersion: '0.1.0', versionFromOutput: true, bump: true })).rejects.toThrow(/api\.json/);
  });

  it('ignores a folder that b24gen did not write', async () => {
    const outDir = previousOutput('9.9.9', irOf(method('a.b')));
    rmSync(path.join(outDir, MARKER_FILE));
    const release = await planRelease({ outDir, ir: irOf(method('a.b')), configuredVersion: '0.1.0', versionFromOutput: true, bump: false });
    expect(release.version).toBe('0.1.0');
  });
});

describe('renderApiSnapshot', () => {
  const LEFT_OUT = ['examples', 'position', 'requestPosition', 'responsePosition', 'diagnostics', 'pages'];
  const dropLeftOut = (key: string, value: unknown): unknown => (LEFT_OUT.includes(key) ? undefined : value);
  const at = (m: IrMethod, source: string): IrMethod => ({ ...m, source });

  it('groups the methods in files by the first two folders of their pages, listed in api.json', () => {
    const a = at(method('crm.deal.get', ['boom']), 'api-reference/crm/deals/crm-deal-get.md');
    const b = at(method('crm.deal.add'), 'api-reference/crm/deals/crm-deal-add.md');
    const c = at(method('crm.lead.get'), 'api-reference/crm/leads/sub/folder/crm-lead-get.md');
    const d = at(method('user.get'), 'api-reference/user.get.md');
    const ir = irOf(b, a, c, d);
    const { files, kept, digests } = renderApiSnapshot(ir);
    expect(kept.size).toBe(0);
    expect([...files.keys()]).toEqual(['api.json', 'api/_.json', 'api/crm/deals.json', 'api/crm/leads.json']);
    expect(Object.keys(digests)).toEqual(['api.json', 'api/_.json', 'api/crm/deals.json', 'api/crm/leads.json']);
    expect(files.get('api.json')).toBe(`${JSON.stringify({ irVersion: 1, methodFiles: ['api/_.json', 'api/crm/deals.json', 'api/crm/leads.json'], types: [], systemErrors: [] }, null, 1)}\n`);
    // Each file: its methods in the IR's order, without what diff does not compare.
    expect(files.get('api/crm/deals.json')).toBe(`${JSON.stringify({ methods: [b, a] }, dropLeftOut, 1)}\n`);
    // Read back: the IR's methods, by key.
    expect(parseApiSnapshot(readerOf(files))?.methods.map((m) => m.name)).toEqual(['crm.deal.add', 'crm.deal.get', 'crm.lead.get', 'user.get']);
    expect(renderApiSnapshot(irOf()).files).toEqual(new Map([['api.json', `${JSON.stringify({ irVersion: 1, methodFiles: [], types: [], systemErrors: [] }, null, 1)}\n`]]));
  });

  it('names the files in lower-case ASCII words, whatever the docs folders are called', () => {
    expect(methodsFileOf('api-reference/CRM/Deals Ünd "x"/page.md')).toBe('api/crm/deals-und-x.json');
    expect(methodsFileOf('api-reference/../../etc/page.md')).toBe('api/_/_.json');
    expect(methodsFileOf('api-reference/чат/page.md')).toBe('api/_.json');
    expect(methodsFileOf('page.md')).toBe('api/_.json');
  });

  it('keeps a methods file the output holds while its methods are as they were, and makes the others', () => {
    const a = at(method('crm.deal.get'), 'api-reference/crm/deals/crm-deal-get.md');
    const c = at(method('crm.lead.get'), 'api-reference/crm/leads/crm-lead-get.md');
    const first = renderApiSnapshot(irOf(a, c));
    const onDisk = new Map([['api.json', 'sha-head'], ['api/crm/deals.json', 'sha-deals'], ['api/crm/leads.json', 'sha-leads']]);
    const changed = { ...c, description: 'Changed.' };
    const next = renderApiSnapshot(irOf(a, changed), { digests: first.digests, onDisk });
    expect([...next.kept]).toEqual([['api.json', 'sha-head'], ['api/crm/deals.json', 'sha-deals']]);
    expect([...next.files.keys()]).toEqual(['api/crm/leads.json']);
    expect(next.files.get('api/crm/leads.json')).toBe(renderApiSnapshot(irOf(a, changed)).files.get('api/crm/leads.json'));
    // Not kept when the output no longer holds the file as written.
    expect(renderApiSnapshot(irOf(a, changed), { digests: first.digests, onDisk: new Map() }).kept.size).toBe(0);
    // A method moved to another group changes both groups' digests.
    const moved = renderApiSnapshot(irOf(at(a, 'api-reference/crm/leads/crm-deal-get.md'), c), { digests: first.digests, onDisk });
    expect(moved.kept.size).toBe(0);
  });

  it('keeps api.json while the structures differ at most in where their fields stand', () => {
    const a = at(method('crm.deal.get'), 'api-reference/crm/deals/crm-deal-get.md');
    const structure = (line: number, type = 'string'): IrDocument['types'] => [
      { id: 'deal', name: 'Deal', source: 'api-reference/crm/deals/crm-deal-get.md', fields: [{ name: 'ID', type: { raw: type, kind: 'scalar', name: type }, required: false, description: '', position: { file: 'api-reference/crm/deals/crm-deal-get.md', line, column: 1 } }] } as never,
    ];
    const withTypes = (types: IrDocument['types']): IrDocument => ({ ...irOf(a), types });
    const first = renderApiSnapshot(withTypes(structure(10)));
    const onDisk = new Map([['api.json', 'sha-head'], ['api/crm/deals.json', 'sha-deals']]);
    const moved = renderApiSnapshot(withTypes(structure(12)), { digests: first.digests, onDisk });
    expect(moved.kept.get('api.json')).toBe('sha-head');
    // The same text as it would be made: the places are left out of it.
    expect(renderApiSnapshot(withTypes(structure(12))).files.get('api.json')).toBe(first.files.get('api.json'));
    const retyped = renderApiSnapshot(withTypes(structure(12, 'integer')), { digests: first.digests, onDisk });
    expect(retyped.kept.has('api.json')).toBe(false);
    expect(retyped.files.get('api.json')).toContain('"integer"');
  });

  it('reads the one-file snapshot of earlier versions, and refuses a list that names other files', () => {
    const a = method('a.b');
    const oneFile = `${JSON.stringify({ irVersion: 1, methods: [a], types: [], systemErrors: [] }, dropLeftOut, 1)}\n`;
    expect(parseApiSnapshot(readerOf(new Map([['api.json', oneFile]])))?.methods.map((m) => m.name)).toEqual(['a.b']);
    const reads: string[] = [];
    const hostile = new Map([['api.json', JSON.stringify({ irVersion: 1, methodFiles: ['../package.json'], types: [], systemErrors: [] })]]);
    expect(parseApiSnapshot((file) => (reads.push(file), hostile.get(file)))).toBeUndefined();
    expect(reads).toEqual(['api.json']);
    const missing = new Map([['api.json', JSON.stringify({ irVersion: 1, methodFiles: ['api/x.json'], types: [], systemErrors: [] })]]);
    expect(parseApiSnapshot(readerOf(missing))).toBeUndefined();
  });

  it('writes what JSON.stringify writes through a replacer that drops the left-out keys, at any depth', () => {
    const leftOut = new Set(LEFT_OUT);
    const m = method('a.b', ['boom']) as IrMethod & Record<string, unknown>;
    const pos = { file: 'x.md', line: 3, column: 1 };
    m.params = [{ name: 'position', type: { raw: 'string', kind: 'scalar', name: 'string' }, required: false, description: 'é\u2028', position: pos } as never];
    m.requestPosition = pos;
    m['extra'] = [undefined, () => 1, Number.NaN, -0, new Date(0), { pages: [1], keep: { diagnostics: [], x: null } }];
    const ir = { ...irOf(m), pages: [{ source: 'x' }] } as unknown as IrDocument;
    const files = renderApiSnapshot(ir).files;
    const expected = `${asciiJson(JSON.stringify({ methods: [m] }, (key, value: unknown) => (leftOut.has(key) ? undefined : value), 1))}\n`;
    expect(files.get(methodsFileOf(m.source))).toBe(expected);
    // ASCII, with the same values.
    expect(/[^\x00-\x7f]/.test(expected)).toBe(false);
    expect(JSON.stringify(parseApiSnapshot(readerOf(files))?.methods[0]?.params)).toContain('\u00e9\u2028');
    expect(expected).not.toContain('"position":');
    expect(expected).toContain('"name": "position"');
  });
});
