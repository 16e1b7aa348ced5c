import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findConfigFile } from './find-config.js';
import { loadConfig } from './load-config.js';
import { resolveSettings } from './resolve-settings.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'b24gen-config-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(relative: string, text: string): string {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const defaults = { docs: 'docs', out: 'generated', packageName: '@b24gen/client', packageVersion: '0.1.0' };

describe('config discovery', () => {
  it('finds the nearest config upward from the working directory', () => {
    const outer = write('b24gen.config.json', '{}');
    const inner = write('project/b24gen.config.mjs', 'export default {};');
    mkdirSync(path.join(root, 'project/src/deep'), { recursive: true });
    expect(findConfigFile(path.join(root, 'project/src/deep'))).toBe(inner);
    expect(findConfigFile(root)).toBe(outer);
  });
  it('finds nothing when no folder up to the root holds one', () => {
    mkdirSync(path.join(root, 'a/b'), { recursive: true });
    // tmpdir() itself and its parents hold no b24gen config on a test machine
    expect(findConfigFile(path.join(root, 'a/b'))).toBeUndefined();
  });
  it('refuses two config files in one folder', () => {
    write('b24gen.config.json', '{}');
    write('b24gen.config.js', 'export default {};');
    expect(() => findConfigFile(root)).toThrow(/more than one config file .*b24gen.config.json, b24gen.config.js/);
  });
});

describe('config loading', () => {
  it('loads JSON and reports invalid JSON with the file name', async () => {
    write('b24gen.config.json', '{"docs": "../d"}');
    expect((await loadConfig({ cwd: root }))?.config).toEqual({ docs: '../d' });
    write('b24gen.config.json', '{"docs": ');
    await expect(loadConfig({ cwd: root })).rejects.toThrow(/^b24gen\.config\.json: invalid JSON/);
  });
  it('loads the default export of an .mjs config', async () => {
    write('b24gen.config.mjs', 'export default { include: ["crm.*"] };');
    expect((await loadConfig({ cwd: root }))?.config).toEqual({ include: ['crm.*'] });
  });
  it('loads a .ts config (types stripped by Node or compiled by esbuild) and leaves no temporary file', async () => {
    write('b24gen.config.ts', 'const include: string[] = ["tasks.*"];\nexport default { include, packageName: "@x/y" as string };\n');
    expect((await loadConfig({ cwd: root }))?.config).toEqual({ include: ['tasks.*'], packageName: '@x/y' });
    expect(readdirSync(root)).toEqual(['b24gen.config.ts']);
  });
  it('says when a JS config has no default export', async () => {
    write('b24gen.config.mjs', 'export const docs = "x";');
    await expect(loadConfig({ cwd: root })).rejects.toThrow('b24gen.config.mjs: no default export');
  });
  it('validates what it loaded, naming the file relative to the working directory', async () => {
    write('b24gen.config.json', '{"include": "crm.*"}');
    mkdirSync(path.join(root, 'sub'));
    await expect(loadConfig({ cwd: path.join(root, 'sub') })).rejects.toThrow(/include" must be an array of strings/);
    await expect(loadConfig({ cwd: root })).rejects.toThrow('b24gen.config.json: "include" must be an array of strings');
  });
  it('uses --config instead of searching, and fails when that file is missing', async () => {
    write('b24gen.config.json', '{"docs": "a"}');
    write('other/custom.json', '{"docs": "b"}');
    expect((await loadConfig({ cwd: root, file: 'other/custom.json' }))?.config).toEqual({ docs: 'b' });
    await expect(loadConfig({ cwd: root, file: 'nope.json' })).rejects.toThrow('config file not found: nope.json');
  });
});

describe('settings precedence', () => {
  it('flags over config over defaults; config paths are relative to the config folder', async () => {
    write('b24gen.config.json', JSON.stringify({ docs: 'upstream/docs', out: 'client', packageName: '@acme/b24', include: ['crm.*'] }));
    const cwd = path.join(root, 'sub');
    mkdirSync(cwd);
    const loaded = await loadConfig({ cwd });
    const fromConfig = resolveSettings({ cwd, flags: {}, loaded, defaults });
    expect(fromConfig).toMatchObject({
      docs: path.join('..', 'upstream', 'docs'),
      out: path.join('..', 'client'),
      packageName: '@acme/b24',
      packageVersion: '0.1.0',
      include: ['crm.*'],
      exclude: [],
    });
    const withFlags = resolveSettings({ cwd, flags: { docs: 'mine', packageName: '@me/x', include: ['tasks.*'] }, loaded, defaults });
    expect(withFlags).toMatchObject({ docs: 'mine', out: path.join('..', 'client'), packageName: '@me/x', include: ['tasks.*'] });
  });
  it('falls back to the defaults without a config', () => {
    expect(resolveSettings({ cwd: root, flags: {}, defaults })).toEqual({
      ...defaults,
      include: [],
      exclude: [],
      zod: false,
      msw: false,
      versionFromOutput: true,
    });
  });

  it('takes zod and msw from the config, and a configured version over the package one', () => {
    const loaded = { file: path.join(root, 'b24gen.config.json'), dir: root, config: { zod: true, packageVersion: '2.0.0' } };
    expect(resolveSettings({ cwd: root, flags: { msw: true }, defaults, loaded })).toMatchObject({
      zod: true,
      msw: true,
      packageVersion: '2.0.0',
      versionFromOutput: false,
    });
  });
});
