import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import type { IrDocument } from '../ir/types.js';
import { ir, method, field } from '../diff/test-support.js';

// The diff itself is tested in generator/diff; here only the command's wiring, on fake IRs.
const irByRoot = new Map<string, IrDocument>();
vi.mock('../pipeline/build-ir.js', () => ({
  buildIr: async (root: string): Promise<IrDocument> => irByRoot.get(path.basename(root)) ?? ir([]),
}));
const { registerDiffCommand } = await import('./diff-command.js');

const work = mkdtempSync(path.join(tmpdir(), 'b24gen-diff-'));
for (const name of ['old', 'new', 'same']) mkdirSync(path.join(work, name, 'api-reference'), { recursive: true });
const base = method('crm.deal.get', { section: 'crm', result: [field('ID'), field('OLD')] });
irByRoot.set('old', ir([base]));
irByRoot.set('new', ir([{ ...base, result: [field('ID')] }, method('crm.deal.new', { section: 'crm' })]));
irByRoot.set('same', ir([base]));

let stdout = '';
let stderr = '';
async function run(...args: string[]): Promise<void> {
  const program = new Command('b24gen').option('-q, --quiet').option('--config <file>').exitOverride();
  program.configureOutput({ writeOut: (text) => (stdout += text), writeErr: (text) => (stderr += text) });
  registerDiffCommand(program);
  await program.parseAsync(['node', 'b24gen', 'diff', ...args]);
}

beforeEach(() => {
  stdout = '';
  stderr = '';
  process.exitCode = undefined;
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const root = (name: string): string => path.join(work, name);

describe('b24gen diff', () => {
  it('compares only the methods include/exclude keep, from the flags or the config file', async () => {
    await run('--from', root('old'), '--to', root('new'), '--exclude', 'crm.deal.new');
    expect(stderr).toContain('0 methods added, 0 removed, 1 changed');
    stderr = '';
    const config = path.join(work, 'b24gen.config.json');
    writeFileSync(config, JSON.stringify({ exclude: ['crm.deal.get'] }));
    await run('--config', config, '--from', root('old'), '--to', root('new'));
    expect(stderr).toContain('1 methods added, 0 removed, 0 changed; 0 breaking');
  });

  it('prints the Markdown report and a summary line', async () => {
    await run('--from', root('old'), '--to', root('new'));
    expect(stdout).toContain('# API changes');
    expect(stdout).toContain('- **breaking**: result field `OLD` removed');
    expect(stderr).toContain('1 methods added, 0 removed, 1 changed; 1 breaking');
    expect(process.exitCode).toBeUndefined();
  });

  it('writes JSON to a file with --json --out', async () => {
    const out = path.join(work, 'out', 'diff.json');
    await run('--from', root('old'), '--to', root('new'), '--json', '--out', out);
    const json = JSON.parse(readFileSync(out, 'utf8')) as { bump: string; summary: { breaking: number } };
    expect(json.bump).toBe('major');
    expect(json.summary.breaking).toBe(1);
    expect(stdout).toBe('');
  });

  it('exits 1 with --fail-on breaking when something breaks, 0 otherwise', async () => {
    await run('--from', root('old'), '--to', root('new'), '--fail-on', 'breaking');
    expect(process.exitCode).toBe(1);
    expect(stderr).toContain('1 breaking changes (--fail-on breaking)');
    process.exitCode = undefined;
    await run('--from', root('old'), '--to', root('same'), '--fail-on', 'breaking');
    expect(process.exitCode).toBeUndefined();
    expect(stdout).toContain('No changes.');
  });

  it('refuses a missing docs root before building anything', async () => {
    await expect(run('--from', root('old'), '--to', root('nowhere'))).rejects.toThrow(/docs root not found/);
  });

  it('refuses an unknown --fail-on level and a missing --to', async () => {
    await expect(run('--from', root('old'), '--to', root('new'), '--fail-on', 'docs')).rejects.toThrow();
    await expect(run('--from', root('old'))).rejects.toThrow(/--to/);
  });

  it('shows examples in --help', async () => {
    await expect(run('--help')).rejects.toThrow();
    expect(stdout).toContain('b24gen diff --from old-docs --to docs --fail-on breaking');
  });
});
