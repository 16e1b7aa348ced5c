/**
 * Test-only validation of a generated document: @readme/openapi-parser checks it against the
 * OpenAPI 3.1 schema and resolves every $ref; Ajv (draft 2020-12, strict) then compiles every
 * schema in it, which the OpenAPI meta-schema does not look into.
 */
import { validate } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';

export interface SpecReport {
  errors: string[];
  warnings: string[];
}

/** Every schema object of the document with its JSON pointer. */
function collectSchemas(spec: unknown): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  const walk = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${pointer}/${i}`));
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (key === 'schema') out.push([at, value]);
      else if (key !== 'examples' && key !== 'components') walk(value, at);
    }
  };
  walk(spec, '#');
  return out;
}

export async function validateOpenApi(spec: object): Promise<SpecReport> {
  const copy = structuredClone(spec) as Parameters<typeof validate>[0];
  const result = await validate(copy);
  const errors = result.valid ? [] : result.errors.map((e) => e.message);
  const warnings = result.warnings.map((w) => w.message);

  errors.push(...compileSchemas(spec));
  return { errors, warnings };
}

/**
 * Compiles every schema with Ajv. All at once first (one compile of the whole set is fast);
 * only when that fails, one by one, to name each failing schema.
 */
function compileSchemas(spec: object): string[] {
  const newAjv = (): Ajv2020 => new Ajv2020({ strict: true, strictRequired: false, validateFormats: false });
  const base = 'https://b24gen.invalid/spec.json';
  const rebase = (schema: unknown): unknown =>
    JSON.parse(JSON.stringify(schema).replace(/"#\/components\/schemas\//g, `"${base}#/$defs/components/$defs/`));
  const components = (spec as { components?: { schemas?: Record<string, unknown> } }).components?.schemas ?? {};
  const inline = collectSchemas(spec);
  const whole = {
    $id: base,
    $defs: {
      components: { $defs: rebase(components) },
      inline: { $defs: Object.fromEntries(inline.map(([, schema], i) => [`s${i}`, rebase(schema)])) },
    },
  };
  try {
    const ajv = newAjv();
    ajv.compile(whole);
    for (const name of Object.keys(components)) ajv.compile({ $ref: `${base}#/$defs/components/$defs/${escapePointer(name)}` });
    for (let i = 0; i < inline.length; i++) ajv.compile({ $ref: `${base}#/$defs/inline/$defs/s${i}` });
    return [];
  } catch {
    // fall through to name the culprits
  }
  const errors: string[] = [];
  const ajv = newAjv();
  try {
    ajv.addSchema({ $id: base, $defs: { components: { $defs: rebase(components) } } });
  } catch (error) {
    return [`components/schemas: ${(error as Error).message}`];
  }
  for (const name of Object.keys(components)) {
    try {
      ajv.compile({ $ref: `${base}#/$defs/components/$defs/${escapePointer(name)}` });
    } catch (error) {
      errors.push(`components/schemas/${name}: ${(error as Error).message}`);
    }
  }
  for (const [pointer, schema] of inline) {
    try {
      ajv.compile(rebase(schema) as object);
    } catch (error) {
      errors.push(`${pointer}: ${(error as Error).message}`);
    }
  }
  return errors.length > 0 ? errors : ['Ajv rejected the schemas as a whole but none alone'];
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
