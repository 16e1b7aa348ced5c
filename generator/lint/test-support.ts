import type { Field, IrDocument, IrMethod, KeyPattern, TypeRef } from '../ir/types.js';

/** A method with everything empty except what the test sets. */
export function methodOf(overrides: Partial<IrMethod> & { name: string }): IrMethod {
  const source = overrides.source ?? `api-reference/test/${overrides.name.replace(/\./g, '-')}.md`;
  return {
    apiVersion: 'v2',
    key: overrides.name,
    source,
    docsUrl: '',
    title: overrides.name,
    section: 'test',
    scope: [],
    description: '',
    params: [],
    result: [],
    resultType: { raw: 'object', kind: 'object' },
    errors: [{ code: 'E', message: 'm', description: '' }],
    examples: {},
    seeAlso: [],
    diagnostics: [],
    ...overrides,
  };
}

export function irOf(methods: IrMethod[], extra: Partial<IrDocument> = {}): IrDocument {
  return { irVersion: 1, methods, types: [], systemErrors: [], pages: [], diagnostics: [], ...extra };
}

const scalar = (raw: string): TypeRef => ({ raw, kind: 'scalar', name: raw });

/** A field at `line` of the method's page; `type` is a scalar name, or a TypeRef. */
export function fieldOf(name: string, options: { required?: boolean; type?: string | TypeRef; fields?: Field[]; line?: number; file?: string; aliases?: string[]; aliasSource?: 'table' | 'example'; keyPatterns?: KeyPattern[] } = {}): Field {
  const type = typeof options.type === 'object' ? options.type : scalar(options.type ?? 'string');
  const field: Field = { name, required: options.required ?? false, type, description: '' };
  if (options.required === true) field.requiredMark = 'required';
  if (options.aliases !== undefined) field.aliases = options.aliases;
  if (options.aliasSource !== undefined) field.aliasSource = options.aliasSource;
  if (options.fields !== undefined) field.fields = options.fields;
  if (options.keyPatterns !== undefined) field.keyPatterns = options.keyPatterns;
  field.position = { file: options.file ?? 'page.md', line: options.line ?? 1, column: 1 };
  return field;
}
