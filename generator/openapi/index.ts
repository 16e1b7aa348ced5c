export { irToOpenApi } from './ir-to-openapi.js';
export type { OpenApiDocument, OpenApiOptions } from './ir-to-openapi.js';
export { typeRefToSchema } from './type-schema.js';
export type { SchemaContext } from './type-schema.js';
export type { JsonSchema } from './json-schema.js';
