/**
 * The subset of JSON Schema 2020-12 (the OpenAPI 3.1 dialect) that the spec uses. Plain JSON
 * data, so that the document can be written with JSON.stringify as it is.
 */
export interface JsonSchema {
  $ref?: string;
  type?: JsonType | JsonType[];
  format?: string;
  pattern?: string;
  const?: string | number | boolean | null;
  enum?: Array<string | number | boolean | null>;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  title?: string;
  description?: string;
  deprecated?: boolean;
}

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'null' | 'object' | 'array';

export const COMPONENT_SCHEMAS = '#/components/schemas/';

export function schemaRef(name: string): JsonSchema {
  return { $ref: `${COMPONENT_SCHEMAS}${name}` };
}

/**
 * Sets an own key. Doc text chooses property names, and a plain assignment of `__proto__`
 * would replace the prototype instead of adding a key.
 */
export function defineKey<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
