import { describe, expect, it } from 'vitest';
import { repairJson } from './json-repair.js';

const parse = (t: string): unknown => JSON.parse(repairJson(t));

describe('repairJson', () => {
  it('drops line and block comments outside strings', () => {
    expect(parse('{\n "a": 1, // the id\n /* x */ "b": "http://x//y"\n}')).toEqual({ a: 1, b: 'http://x//y' });
  });
  it('drops ellipses standing for omitted items and the commas they leave', () => {
    expect(parse('{"items": [{"id": 1}, ...], "n": 2}')).toEqual({ items: [{ id: 1 }], n: 2 });
    expect(parse('{"a": 1,\n …\n}')).toEqual({ a: 1 });
  });
  it('drops trailing commas', () => {
    expect(parse('{"a": [1, 2,], "b": {"c": 3,},}')).toEqual({ a: [1, 2], b: { c: 3 } });
  });
  it('quotes bare placeholders and shell variables', () => {
    expect(parse('{"attachId":**put_attach_id**, "CATALOG_ID": $catalogId}')).toEqual({ attachId: '**put_attach_id**', CATALOG_ID: '$catalogId' });
  });
  it('keeps ellipses inside strings', () => {
    expect(parse('{"t": "wait..."}')).toEqual({ t: 'wait...' });
  });
});
