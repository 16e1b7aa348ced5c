import { describe, it, expect } from 'vitest';
import { relativeImport } from './module-path.js';

describe('relativeImport', () => {
  it('climbs out of a nested section folder', () => {
    expect(relativeImport('src/methods/crm/deals.ts', 'src/runtime/index.ts')).toBe('../../runtime/index.js');
    expect(relativeImport('src/fixtures/crm/deals.ts', 'src/methods/crm/deals.ts')).toBe('../../methods/crm/deals.js');
  });

  it('stays in the folder for siblings and children', () => {
    expect(relativeImport('src/methods/crm.ts', 'src/methods/crm/deals.ts')).toBe('./crm/deals.js');
    expect(relativeImport('src/zod/crm/deals.ts', 'src/zod/crm/leads.ts')).toBe('./leads.js');
    expect(relativeImport('src/mock.ts', 'src/fixtures/tasks.ts')).toBe('./fixtures/tasks.js');
  });
});
