/**
 * Seeded fuzzing of real pages: byte flips, line deletions and duplications, truncation, and
 * YFM openers (`#|`, `{% %}`, fences) injected at random lines. Each mutant goes through parse
 * and extract as buildIr runs them; none may throw or hang, and every diagnostic has a position.
 * The number of mutants is 200, or B24GEN_FUZZ_BUDGET when set.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyPage, pageFacts } from '../../generator/extract/classify.js';
import { defaultTables, extractMethod } from '../../generator/extract/extract-method.js';
import type { Diagnostic } from '../../generator/ir/types.js';
import { createDocsReader } from '../../generator/load/index.js';
import { createIncludeCache, parsePage } from '../../generator/parse/index.js';
import { corpusSnapshot } from '../support/paths.js';

const BUDGET = Number(process.env['B24GEN_FUZZ_BUDGET'] ?? '200');
const SEED = 0xb24_2026;
/** A case slower than this counts as a hang (real pages take milliseconds). */
const CASE_LIMIT_MS = 20_000;

/** mulberry32: small, fast and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INJECTIONS = ['#|', '|#', '||', '|| **x*** | y', '{% include [x](./nope.md) %}', '{% list tabs %}', '{% endlist %}', '{% note %}', '{% endcut %}', '```', '```json', '~~~', '{% if x %}', '# ', '- `a` — b'];

type Mutation = (text: string, rnd: () => number) => string;

const pick = <T>(items: readonly T[], rnd: () => number): T => items[Math.floor(rnd() * items.length)] as T;

const MUTATIONS: Record<string, Mutation> = {
  flip(text, rnd) {
    const bytes = Buffer.from(text, 'utf8');
    for (let n = 1 + Math.floor(rnd() * 8); n > 0; n--) {
      const i = Math.floor(rnd() * bytes.length);
      bytes[i] = (bytes[i] as number) ^ (1 << Math.floor(rnd() * 8));
    }
    return bytes.toString('utf8');
  },
  deleteLines(text, rnd) {
    const lines = text.split('\n');
    for (let n = 1 + Math.floor(rnd() * 5); n > 0 && lines.length > 1; n--) lines.splice(Math.floor(rnd() * lines.length), 1 + Math.floor(rnd() * 3));
    return lines.join('\n');
  },
  duplicateLines(text, rnd) {
    const lines = text.split('\n');
    const at = Math.floor(rnd() * lines.length);
    const run = lines.slice(at, at + 1 + Math.floor(rnd() * 6));
    lines.splice(Math.floor(rnd() * lines.length), 0, ...run, ...run);
    return lines.join('\n');
  },
  truncate(text, rnd) {
    return text.slice(0, Math.floor(rnd() * text.length));
  },
  inject(text, rnd) {
    const lines = text.split('\n');
    for (let n = 1 + Math.floor(rnd() * 4); n > 0; n--) lines.splice(Math.floor(rnd() * (lines.length + 1)), 0, pick(INJECTIONS, rnd));
    return lines.join('\n');
  },
};

function methodPages(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const e of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else if (e.name.endsWith('.md')) out.push(child);
    }
  };
  walk('api-reference');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function checkPositions(diagnostics: readonly Diagnostic[], label: string): void {
  for (const d of diagnostics) {
    const ok = typeof d.file === 'string' && d.file !== '' && Number.isInteger(d.line) && d.line >= 1 && Number.isInteger(d.column) && d.column >= 1;
    if (!ok) throw new Error(`${label}: diagnostic without a position: ${JSON.stringify(d)}`);
  }
}

describe('fuzzed real pages', () => {
  it(`survive ${BUDGET} seeded mutations without throwing, hanging or unpositioned diagnostics`, () => {
    const root = corpusSnapshot();
    const reader = createDocsReader(root);
    const cache = createIncludeCache();
    const pages = methodPages(root);
    expect(pages.length).toBeGreaterThan(1000);
    const rnd = prng(SEED);
    const kinds = Object.keys(MUTATIONS);
    const failures: string[] = [];
    let methods = 0;
    for (let i = 0; i < BUDGET; i++) {
      const source = pick(pages, rnd);
      const kind = pick(kinds, rnd);
      const read = reader.read(source);
      if (!read.ok) throw new Error(`corpus page unreadable: ${source}: ${read.reason}`);
      const text = (MUTATIONS[kind] as Mutation)(read.text, rnd);
      const label = `case ${i} (${kind} of ${source})`;
      const started = performance.now();
      try {
        const parsed = parsePage(text, source, { readInclude: (f) => reader.read(f), cache });
        checkPositions(parsed.diagnostics, label);
        const cls = classifyPage(source, pageFacts(parsed.tree));
        if (cls.kind === 'method') {
          methods++;
          const method = extractMethod({ source, text, tree: parsed.tree }, defaultTables);
          checkPositions(method.diagnostics, label);
          JSON.stringify(method);
        }
      } catch (error) {
        failures.push(`${label}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      }
      const took = performance.now() - started;
      if (took > CASE_LIMIT_MS) failures.push(`${label}: took ${Math.round(took)} ms`);
    }
    expect(failures).toEqual([]);
    // The mutants must still look like method pages often enough to reach extract.
    expect(methods).toBeGreaterThan(BUDGET / 4);
  }, Math.max(120_000, BUDGET * 2_000));

  it('uses a PRNG that is the same on every run', () => {
    const a = prng(SEED);
    const b = prng(SEED);
    const xs = Array.from({ length: 5 }, () => a());
    expect(xs).toEqual(Array.from({ length: 5 }, () => b()));
    expect(new Set(xs).size).toBe(5);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
