import { describe, expect, it } from 'vitest';
import { REF_TYPES, SCALAR_TYPES } from '../ir/type-vocabulary.js';
import { SCALAR_SCHEMAS, scalarAliasSchemas, scalarSchema, vocabularyTsToSchema } from './scalar-schemas.js';
import { jsonTypesOf } from './union-schema.js';

describe('scalar schemas', () => {
  it('has a schema for every vocabulary token, and no token the vocabulary lacks', () => {
    expect(Object.keys(SCALAR_SCHEMAS).sort()).toEqual(Object.keys(SCALAR_TYPES).sort());
  });

  it('agrees with the TypeScript mapping on the JSON types of each token', () => {
    for (const [token, vocabulary] of Object.entries(SCALAR_TYPES)) {
      const fromTs = vocabularyTsToSchema(vocabulary.ts);
      const tsTypes = jsonTypesOf(fromTs);
      if (tsTypes === undefined) continue; // unknown, B24File, functions: no JSON type to compare
      expect([...(jsonTypesOf(SCALAR_SCHEMAS[token] ?? {}) ?? [])].sort(), token).toEqual([...tsTypes].sort());
    }
  });

  it('points aliased scalars at their component and inlines the rest', () => {
    expect(scalarSchema('datetime')).toEqual({ $ref: '#/components/schemas/B24DateTime' });
    expect(scalarSchema('boolean')).toEqual({ $ref: '#/components/schemas/B24Boolean' });
    expect(scalarSchema('integer')).toEqual({ type: 'integer' });
    expect(scalarSchema('double')).toEqual({ type: 'number' });
    expect(scalarSchema('json-boolean')).toEqual({ type: 'boolean' });
    expect(scalarSchema('no-such-token')).toEqual({});
  });

  it('defines each alias once with the wire meaning', () => {
    const aliases = scalarAliasSchemas();
    expect([...aliases.keys()]).toEqual(['B24Boolean', 'B24Date', 'B24DateTime', 'B24File', 'B24NumericString']);
    expect(aliases.get('B24Boolean')?.oneOf).toEqual([{ type: 'boolean' }, { type: 'string', enum: ['Y', 'N'] }, { type: 'integer', enum: [0, 1] }]);
    expect(aliases.get('B24DateTime')).toMatchObject({ type: 'string', format: 'date-time' });
    expect(aliases.get('B24Date')).toMatchObject({ type: 'string', format: 'date' });
    expect(new RegExp(aliases.get('B24NumericString')?.pattern ?? '').test('12.50')).toBe(true);
    expect(new RegExp(aliases.get('B24NumericString')?.pattern ?? '').test('12a')).toBe(false);
  });

  it('reads the vocabulary TypeScript texts', () => {
    expect(vocabularyTsToSchema("boolean | 'Y' | 'N'")).toEqual({ oneOf: [{ type: 'boolean' }, { type: 'string', enum: ['Y', 'N'] }] });
    expect(vocabularyTsToSchema("boolean | 'Y' | 'N' | 0 | 1")).toEqual({ oneOf: [{ type: 'boolean' }, { type: 'string', enum: ['Y', 'N'] }, { type: 'integer', enum: [0, 1] }] });
    expect(vocabularyTsToSchema('number', 'integer')).toEqual({ type: 'integer' });
    expect(vocabularyTsToSchema('Record<string, string>')).toEqual({ type: 'object', additionalProperties: { type: 'string' } });
    expect(vocabularyTsToSchema('SomethingElse')).toEqual({});
  });

  it('understands every reference type text the vocabulary uses', () => {
    for (const [token, ref] of Object.entries(REF_TYPES)) {
      if (ref.ts === 'unknown') continue;
      expect(vocabularyTsToSchema(ref.ts, 'integer'), token).not.toEqual({});
    }
  });
});
