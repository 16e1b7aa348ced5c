import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { binPath, corpusSnapshot } from '../../test/support/paths.js';
import { watchDocs } from './watch.js';

/** Puts a paragraph right under the page's H1, where it becomes the method's description. */
function addUnderTitle(file: string, text: string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const h1 = lines.findIndex((l) => l.startsWith('# '));
  lines.splice(h1 + 1, 0, '', text);
  writeFileSync(file, lines.join('\n'));
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = (): string => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'b24gen-watch-test-'));
  dirs.push(d);
  return d;
};
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await sleep(25);
  }
}

describe('watchDocs', () => {
  it('runs once per quiet spell, not once per change, and stops when closed', async () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'a.md'), 'a');
    let runs = 0;
    const watcher = watchDocs(root, async () => {
      runs++;
    }, { debounceMs: 100 });
    try {
      for (let i = 0; i < 5; i++) appendFileSync(path.join(root, 'a.md'), `${i}`);
      await until(() => runs === 1, 5000);
      await sleep(300);
      expect(runs).toBe(1);
      writeFileSync(path.join(root, 'b.md'), 'b');
      await until(() => runs === 2, 5000);
    } finally {
      watcher.close();
    }
    appendFileSync(path.join(root, 'a.md'), 'after close');
    await sleep(300);
    expect(runs).toBe(2);
  });

  it('sees changes in nested folders', async () => {
    const root = tempDir();
    cpSync(path.join(corpusSnapshot(), 'api-reference', 'user'), path.join(root, 'api-reference', 'user'), { recursive: true });
    let runs = 0;
    const watcher = watchDocs(root, async () => {
      runs++;
    }, { debounceMs: 50 });
    try {
      await sleep(100);
      writeFileSync(path.join(root, 'api-reference', 'user', 'new-page.md'), '# New\n');
      await until(() => runs === 1, 5000);
    } finally {
      watcher.close();
    }
  });
});

describe('b24gen generate --watch', () => {
  it('regenerates when a page changes, with a one-line report per run', async () => {
    const work = tempDir();
    const docs = path.join(work, 'docs');
    const corpus = corpusSnapshot();
    for (const part of ['_includes', 'api-reference/user']) cpSync(path.join(corpus, part), path.join(docs, part), { recursive: true });
    for (const f of readdirSync(path.join(docs, 'api-reference/user'))) {
      const file = path.join(docs, 'api-reference/user', f);
      if (f.endsWith('.md')) writeFileSync(file, readFileSync(file));
    }
    const out = path.join(work, 'out');
    const child = spawn(process.execPath, [binPath, 'generate', '--docs', docs, '--out', out, '--cache-dir', path.join(work, 'cache'), '--watch', '--debounce', '50'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
    });
    const reports = (): string[] => stderr.split('\n').filter((l) => /^b24gen: (wrote|.* is up to date)/.test(l));
    try {
      await until(() => stderr.includes('watching'), 60_000);
      expect(reports()).toHaveLength(1);
      expect(reports()[0]).toMatch(/^b24gen: wrote \d+ files to .* \(\d+ ms\)$/);
      expect(readFileSync(path.join(out, 'src/methods/user.ts'), 'utf8')).not.toContain('Watch test marker');
      addUnderTitle(path.join(docs, 'api-reference/user/user-get.md'), 'Watch test marker sentence.');
      await until(() => reports().length === 2, 60_000);
      expect(readFileSync(path.join(out, 'src/methods/user.ts'), 'utf8')).toContain('Watch test marker sentence.');
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });
});
