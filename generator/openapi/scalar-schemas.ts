/**
 * The docs' scalar tokens as JSON Schema. The facts are those of generator/ir/type-vocabulary.ts
 * (one table per target language); scalar-schemas.test.ts holds the two tables together, so a
 * token added there without a schema here fails a test instead of silently becoming `{}`.
 *
 * Where JSON Schema can say more than TypeScript it does, without contradicting it:
 * `integer` is `type: integer` (TS `number`), `datetime` carries `format: date-time`.
 */
import { SCALAR_TYPES, vocabularyTable } from '../ir/type-vocabulary.js';
import type { JsonSchema } from './json-schema.js';
import { schemaRef } from './json-schema.js';

const INTEGER: JsonSchema = { type: 'integer' };
const NUMBER: JsonSchema = { type: 'number' };
const STRING: JsonSchema = { type: 'string' };
const ANY: JsonSchema = {};

/** `boolean | 'Y' | 'N' | 0 | 1`: classic methods speak Y/N, newer ones JSON booleans, some 0/1 (data-types.md). */
const B24_BOOLEAN: JsonSchema = {
  oneOf: [{ type: 'boolean' }, { type: 'string', enum: ['Y', 'N'] }, { type: 'integer', enum: [0, 1] }],
  description: 'A boolean: JSON true/false, "Y"/"N" as classic methods send it, or 0/1 as some methods take it.',
};

/** A file id, a Base64 string, a [name, Base64] pair, or a file object in responses. */
const B24_FILE: JsonSchema = {
  anyOf: [{ type: 'integer' }, { type: 'string' }, { type: 'array', items: {} }, { type: 'object' }],
  description: 'A file: an id, a Base64 string, a [file name, Base64 content] pair, or a file description object.',
};

export const SCALAR_SCHEMAS: Readonly<Record<string, JsonSchema>> = vocabularyTable({
  integer: INTEGER,
  int: INTEGER,
  number: NUMBER,
  double: NUMBER,
  float: NUMBER,
  timestamp: { type: 'integer', description: 'Unix time in seconds.' },
  string: STRING,
  text: STRING,
  char: STRING,
  date: { type: 'string', format: 'date', description: 'A date, YYYY-MM-DD.' },
  datetime: { type: 'string', format: 'date-time', description: 'A date and time with offset, YYYY-MM-DDThh:mm:ss±hh:mm.' },
  boolean: B24_BOOLEAN,
  bool: B24_BOOLEAN,
  file: B24_FILE,
  any: ANY,
  mixed: ANY,
  null: { type: 'null' },
  object: { type: 'object' },
  array: { type: 'array', items: {} },
  enum: { oneOf: [{ type: 'string' }, { type: 'number' }] },
  // JavaScript-SDK handlers never travel as JSON; any value is the honest wire type.
  function: ANY,
  callable: ANY,
  'numeric-string': { type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$', description: 'A number sent as a string ("12").' },
  'json-boolean': { type: 'boolean' },
  'json-false': { type: 'boolean', enum: [false] },
  'empty-array': { type: 'array', description: 'An empty object as PHP sends it: [] (no items).' },
});

function copy(schema: JsonSchema): JsonSchema {
  return structuredClone(schema);
}

/**
 * A vocabulary TypeScript text (`number`, `string | number`, `boolean | 'Y' | 'N'`,
 * `Record<string, string>`, `unknown[]`) as a schema. `numberAs` is `integer` for
 * reference tokens, which the dictionaries describe as integer ids. Unknown text → `{}`.
 */
export function vocabularyTsToSchema(text: string, numberAs: 'number' | 'integer' = 'number'): JsonSchema {
  const members: JsonSchema[] = [];
  const literals: string[] = [];
  const numbers: number[] = [];
  for (const part of text.split('|').map((p) => p.trim())) {
    if (part === 'number') members.push({ type: numberAs });
    else if (part === 'string') members.push({ type: 'string' });
    else if (part === 'boolean') members.push({ type: 'boolean' });
    else if (part === 'null') members.push({ type: 'null' });
    else if (part === 'unknown') return {};
    else if (part === 'unknown[]') members.push({ type: 'array', items: {} });
    else if (part === 'Record<string, unknown>') members.push({ type: 'object' });
    else if (part === 'Record<string, string>') members.push({ type: 'object', additionalProperties: { type: 'string' } });
    else if (part === '`${number}`') members.push(copy(SCALAR_SCHEMAS['numeric-string'] as JsonSchema));
    else if (/^'[^'\\]*'$/.test(part)) literals.push(part.slice(1, -1));
    else if (/^-?\d+$/.test(part)) numbers.push(Number(part));
    else return {};
  }
  if (literals.length > 0) members.push({ type: 'string', enum: literals });
  if (numbers.length > 0) members.push({ type: 'integer', enum: numbers });
  if (members.length === 1) return members[0] as JsonSchema;
  return { oneOf: members };
}

/** The schema of a scalar token as written into a field: a $ref for aliased scalars. */
export function scalarSchema(token: string): JsonSchema {
  const vocabulary = SCALAR_TYPES[token];
  if (vocabulary === undefined) return {};
  if (vocabulary.alias !== undefined) return schemaRef(vocabulary.alias);
  const schema = SCALAR_SCHEMAS[token];
  return schema !== undefined ? copy(schema) : vocabularyTsToSchema(vocabulary.ts);
}

/** The components for the vocabulary's named scalar aliases (`B24Boolean`, `B24DateTime`, …). */
export function scalarAliasSchemas(): Map<string, JsonSchema> {
  const out = new Map<string, JsonSchema>();
  for (const token of Object.keys(SCALAR_TYPES).sort()) {
    const vocabulary = SCALAR_TYPES[token];
    if (vocabulary?.alias === undefined || out.has(vocabulary.alias)) continue;
    const schema = SCALAR_SCHEMAS[token];
    out.set(vocabulary.alias, schema !== undefined ? copy(schema) : vocabularyTsToSchema(vocabulary.ts));
  }
  return out;
}
