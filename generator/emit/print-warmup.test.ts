import { describe, expect, it } from 'vitest';
import { printParts } from './part-printers.js';
import { warmupRequests } from './print-warmup.js';

describe('warmupRequests', () => {
  it('asks for the parts of a method that uses the printer widely: types, docs, errors, a function and a typed fixture', () => {
    const requests = warmupRequests();
    expect(requests.map((r) => r.kind)).toEqual(['methods', 'fixtures']);
    const [method, fixture] = printParts(requests);
    expect(method?.ts).toMatch(/export interface SampleItemAddParams \{[\s\S]*fields\?: SampleItemAddParamsFields/);
    expect(method?.ts).toContain('/**');
    expect(method?.ts).toContain('ERROR_NOT_FOUND');
    expect(method?.ts).toMatch(/export (async )?function sampleItemAdd\(/);
    expect(method?.dts).toContain('export declare');
    expect(fixture?.ts).toMatch(/TypedMethodFixture<SampleItemAddResult> = \{[\s\S]*ID: 1,/);
  });
});
