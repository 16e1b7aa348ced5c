import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IrDocument, IrMethod } from '../ir/types.js';
import { MARKER_FILE } from '../write/index.js';
import { asciiJson } from '../ascii-json.js';
import { API_SNAPSHOT_FILE, chunksOfSnapshot, parseApiSnapshot, renderApiSnapshot, renderIndexedApiSnapshot } from './api-snapshot.js';
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
function previousOutput(version: string, ir: IrDocument | undefined, changelog?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'b24gen-release-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, MARKER_FILE), '{}');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'p', version }));
  if (ir) writeFileSync(path.join(dir, API_SNAPSHOT_FILE), renderApiSnapshot(ir));
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
    expect(parseApiSnapshot(release.files.get(API_SNAPSHOT_FILE)!)?.methods.map((m) => m.name)).toEqual(['a.b']);
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
  it('puts methods in as their chunks: the same text with chunks made here or taken from the last snapshot, or with no method at all', () => {
    const a = method('a.b', ['boom']);
    const b = method('c.d', []);
    const ir = irOf(a, b);
    const plain = `${JSON.stringify(ir, (key, value: unknown) => (['examples', 'position', 'requestPosition', 'responsePosition', 'diagnostics', 'pages'].includes(key) ? undefined : value), 1)}\n`;
    const first = renderIndexedApiSnapshot(ir);
    expect(first.text).toBe(plain);
    expect(first.index.map(([source, , offset, length]) => [source, first.text.slice(offset, offset + length).startsWith('{') ? 'chunk' : 'not', length > 0])).toEqual([
      [a.source, 'chunk', true],
      [b.source, 'chunk', true],
    ]);
    // One stringify, its index found in the text, or chunk by chunk: the same text, the same index.
    const byChunks = renderIndexedApiSnapshot(ir, { chunk: () => undefined });
    expect(byChunks).toEqual(first);
    // The next run takes the chunks of unchanged methods from the text the last one wrote…
    let read = 0;
    const previous = chunksOfSnapshot(() => {
      read++;
      return first.bytes;
    }, first.index);
    const changed = { ...b, description: 'Changed.' };
    const next = renderIndexedApiSnapshot(irOf(a, changed), previous);
    expect(next.text).toBe(renderApiSnapshot(irOf(a, changed)));
    // The bytes are the text's (ASCII), however the file was put together.
    expect(next.bytes.equals(Buffer.from(next.text, 'utf8'))).toBe(true);
    expect(first.bytes.equals(Buffer.from(first.text, 'utf8'))).toBe(true);
    expect(read).toBe(1);
    // …and only while they are as they were (by digest), wherever they now stand.
    expect(previous.chunk(changed)).toBeUndefined();
    expect(renderIndexedApiSnapshot(irOf(changed, a), previous).text).toBe(renderApiSnapshot(irOf(changed, a)));
    // A file that is not ASCII is none this generator wrote: it gives no chunk.
    const foreign = chunksOfSnapshot(() => Buffer.from(`é${first.text}`, 'utf8'), first.index);
    expect(foreign.chunk(a)).toBeUndefined();
    expect(renderApiSnapshot(irOf())).toBe(`${JSON.stringify({ irVersion: 1, methods: [], types: [], systemErrors: [] }, null, 1)}\n`);
  });

  it('writes what JSON.stringify writes through a replacer that drops the left-out keys, at any depth', () => {
    const leftOut = new Set(['examples', 'position', 'requestPosition', 'responsePosition', 'diagnostics', 'pages']);
    const m = method('a.b', ['boom']) as IrMethod & Record<string, unknown>;
    const pos = { file: 'x.md', line: 3, column: 1 };
    m.params = [{ name: 'position', type: { raw: 'string', kind: 'scalar', name: 'string' }, required: false, description: 'é\u2028', position: pos } as never];
    m.requestPosition = pos;
    m['extra'] = [undefined, () => 1, Number.NaN, -0, new Date(0), { pages: [1], keep: { diagnostics: [], x: null } }];
    const ir = { ...irOf(m), pages: [{ source: 'x' }] } as unknown as IrDocument;
    const expected = `${asciiJson(JSON.stringify(ir, (key, value: unknown) => (leftOut.has(key) ? undefined : value), 1))}\n`;
    expect(renderApiSnapshot(ir)).toBe(expected);
    // ASCII, with the same values.
    expect(/[^\x00-\x7f]/.test(expected)).toBe(false);
    expect(JSON.stringify(parseApiSnapshot(expected)?.methods[0]?.params)).toContain('\u00e9\u2028');
    expect(expected).not.toContain('"position":');
    expect(expected).toContain('"name": "position"');
  });
});
