import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { registerOpenapiCommand } from './openapi-command.js';
import { validateOpenApi } from '../openapi/test-support/validate-openapi.js';
import { FatalError } from '../fatal-error.js';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const dirs: string[] = [];

function program(): Command {
  const p = new Command('b24gen').option('-q, --quiet').option('-v, --verbose').option('--config <file>').exitOverride();
  registerOpenapiCommand(p);
  return p;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('b24gen openapi', () => {
  it('writes a valid OpenAPI 3.1 document of the docs tree', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'b24gen-openapi-'));
    dirs.push(dir);
    const out = path.join(dir, 'nested', 'spec.json');
    await program().parseAsync(['-q', 'openapi', '--docs', DOCS, '--out', out, '--title', 'Own docs', '--api-version', '9.9.9'], { from: 'user' });
    const text = readFileSync(out, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    const spec = JSON.parse(text) as { info: { title: string; version: string }; paths: Record<string, unknown> };
    expect(spec.info).toMatchObject({ title: 'Own docs', version: '9.9.9' });
    expect(Object.keys(spec.paths).length).toBeGreaterThan(0);
    expect((await validateOpenApi(spec)).errors).toEqual([]);
  });

  it('takes the docs root and include/exclude from the config file, flags first', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'b24gen-openapi-'));
    dirs.push(dir);
    const config = path.join(dir, 'b24gen.config.json');
    writeFileSync(config, JSON.stringify({ docs: DOCS, exclude: ['*.delete'] }));
    const operations = async (...args: string[]): Promise<string[]> => {
      const out = path.join(dir, 'spec.json');
      await program().parseAsync(['-q', '--config', config, 'openapi', '--out', out, ...args], { from: 'user' });
      const spec = JSON.parse(readFileSync(out, 'utf8')) as { paths: Record<string, Record<string, { operationId: string }>> };
      return Object.values(spec.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    };
    const fromConfig = await operations();
    expect(fromConfig.length).toBe(4);
    expect(fromConfig.join(' ')).not.toMatch(/delete/i);
    expect((await operations('--include', '*.get')).length).toBe(1);
  });

  it('refuses a server URL that is not http(s)', async () => {
    await expect(program().parseAsync(['-q', 'openapi', '--docs', DOCS, '--server-url', 'javascript:alert(1)'], { from: 'user' })).rejects.toBeInstanceOf(
      FatalError,
    );
  });
});
