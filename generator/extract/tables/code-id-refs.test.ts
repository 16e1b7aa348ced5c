import { describe, expect, it } from 'vitest';
import type { Field, IrMethod, IrNamedType, TypeRef } from '../../ir/types.js';
import { isCodeId, typeCodeIdRefs } from './code-id-refs.js';

const STRING: TypeRef = { raw: 'string', kind: 'scalar', name: 'string' };
const f = (name: string, type: TypeRef, description = ''): Field => ({ name, required: false, type, description });
const ref = (entity: string): TypeRef => ({ raw: `${entity}.id`, kind: 'ref', name: entity, refField: 'id', link: 'api-reference/sale/data-types.md' });

function structure(name: string, idDescription: string, idType: TypeRef = STRING): IrNamedType {
  return { id: `api-reference/sale/data-types.md#${name}`, name, description: '', fields: [f('id', idType, idDescription)], source: 'api-reference/sale/data-types.md' };
}
function method(params: Field[]): IrMethod {
  return {
    name: 'sale.status.get', apiVersion: 'v2', key: 'sale.status.get', source: 'a.md', docsUrl: '', title: '', section: 'sale', scope: [], description: '',
    params, result: [], resultType: { raw: '', kind: 'unknown' }, errors: [], examples: {}, seeAlso: [], diagnostics: [],
  };
}

describe('isCodeId', () => {
  it('takes a string id described as a character code, not a string-typed number', () => {
    expect(isCodeId(f('id', STRING, 'Character identifier of the status'))).toBe(true);
    expect(isCodeId(f('id', STRING, 'Identifier of the order'))).toBe(false);
    expect(isCodeId(f('id', { raw: 'integer', kind: 'scalar', name: 'integer' }, 'Symbolic identifier'))).toBe(false);
  });
});

describe('typeCodeIdRefs', () => {
  it('retypes references to a character-code id as strings, nested and in arrays too', () => {
    const types = [structure('sale_status', 'Character identifier of the status'), structure('sale_order', 'Identifier of the order')];
    const input = [method([f('id', ref('sale_status')), f('fields', { raw: 'object', kind: 'object' }), f('orderId', ref('sale_order'))])];
    (input[0] as IrMethod).params[1]!.fields = [f('ids', { raw: 'sale_status.id[]', kind: 'array', items: ref('sale_status') })];
    const [out] = typeCodeIdRefs(input, types);
    expect(out?.params[0]?.type).toMatchObject({ kind: 'scalar', name: 'string', raw: 'sale_status.id' });
    expect(out?.params[1]?.fields?.[0]?.type.items).toMatchObject({ kind: 'scalar', name: 'string' });
    expect(out?.params[2]?.type.kind).toBe('ref');
    // The input is not touched.
    expect(input[0]?.params[0]?.type.kind).toBe('ref');
  });
  it('returns untouched methods as they are', () => {
    const m = method([f('id', ref('sale_order'))]);
    expect(typeCodeIdRefs([m], [structure('sale_order', 'Identifier')])[0]).toBe(m);
  });
});
