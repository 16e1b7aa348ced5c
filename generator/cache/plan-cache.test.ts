import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IrDocument } from '../ir/types.js';
import { planPackage } from '../emit/plan.js';
import { planData } from '../emit/test-support/plan-memo.js';
import { DamagedCacheError } from './lazy-object.js';
import { PlanCache } from './plan-cache.js';
import { RecordStore } from './record-store.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function fixture(name: string): IrDocument {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/ir/${name}.json`, import.meta.url), 'utf8')) as IrDocument;
}

describe('PlanCache', () => {
  it('a run that takes every plan from the store (lazily) plans the package a run without it plans', () => {
    for (const name of ['backlog', 'edge-cases']) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'b24gen-plan-cache-'));
      dirs.push(dir);
      const file = path.join(dir, 'plans.tsv');
      const doc = fixture(name);
      const first = new RecordStore(file, 's');
      planPackage(doc, new PlanCache(first));
      first.save();

      const store = new RecordStore(file, 's');
      const cache = new PlanCache(store);
      const again = planPackage(doc, cache);
      expect(cache.hits).toBe(doc.methods.length);
      // The shared declarations are one more record.
      expect(store.size).toBe(doc.methods.length + 1);
      expect(cache.misses).toBe(0);
      expect(planData(again)).toStrictEqual(planData(planPackage(doc)));
    }
  });

  it('a record whose head does not parse is a miss; a plan that does not parse is found damaged when read', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'b24gen-plan-cache-'));
    dirs.push(dir);
    const store = new RecordStore(path.join(dir, 'plans.tsv'), 's');
    const head = (facts: unknown): string => JSON.stringify({ claims: [], diagnostics: [], shape: { keys: ['declarations'], head: {} }, facts, identity: 'i' });
    store.keep('bad-head', ['{', '{}']);
    store.keep('bad-facts', [head(null), '{}']);
    store.keep('bad-plan', [head({}), '{']);
    store.save();
    const cache = new PlanCache(new RecordStore(path.join(dir, 'plans.tsv'), 's'));
    expect(cache.get('bad-head')).toBeUndefined();
    expect(cache.get('bad-facts')).toBeUndefined();
    expect(cache.get('absent')).toBeUndefined();
    expect(cache.misses).toBe(3);
    const planned = cache.get('bad-plan');
    expect(() => planned?.plan.declarations).toThrow(DamagedCacheError);
  });
});
