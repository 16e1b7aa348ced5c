import { describe, expect, it } from 'vitest';
import { SCALAR_TYPES, isScalarToken, refTsType, typeRefToTs } from './type-vocabulary.js';

describe('type vocabulary', () => {
  it('keeps the original scalar table', () => {
    expect(SCALAR_TYPES.integer?.ts).toBe('number');
    expect(SCALAR_TYPES.boolean?.alias).toBe('B24Boolean');
    expect(isScalarToken('datetime')).toBe(true);
    expect(isScalarToken('crm_status')).toBe(false);
  });
  it('refs: field part decides, then the dictionary, then the structure', () => {
    expect(refTsType({ raw: 'catalog_product.id', kind: 'ref', name: 'catalog_product', refField: 'id' })).toBe('number');
    expect(refTsType({ raw: 'catalog_measure.code', kind: 'ref', name: 'catalog_measure', refField: 'code' })).toBe('string');
    expect(refTsType({ raw: 'crm_status', kind: 'ref', name: 'crm_status' })).toBe('string');
    expect(refTsType({ raw: 'x_y', kind: 'ref', name: 'x_y', typeId: 'a.md#x_y' }, (id) => (id === 'a.md#x_y' ? 'XY' : undefined))).toBe('XY');
    expect(refTsType({ raw: 'sale_order', kind: 'ref', name: 'sale_order' })).toBe('number');
  });
  it('refinements and composites print as TypeScript', () => {
    expect(typeRefToTs({ raw: 'integer', kind: 'scalar', name: 'numeric-string' })).toBe('B24NumericString');
    expect(typeRefToTs({ raw: 'boolean', kind: 'scalar', name: 'json-boolean' })).toBe('boolean');
    expect(typeRefToTs({ raw: 'char', kind: 'enum', name: 'char', values: ['Y', 'N'] })).toBe('"Y" | "N"');
    expect(typeRefToTs({ raw: 'a', kind: 'union', members: [{ raw: 'string', kind: 'scalar', name: 'string' }, { raw: 'null', kind: 'scalar', name: 'null' }] })).toBe('string | null');
    expect(typeRefToTs({ raw: 'integer[]', kind: 'array', items: { raw: 'integer', kind: 'scalar', name: 'integer' } })).toBe('number[]');
  });
});
