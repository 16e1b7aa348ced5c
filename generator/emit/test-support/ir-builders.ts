import type { IrDocument, IrMethod } from '../../ir/types.js';

/** A method of section `x` with nothing documented but its name; `extra` fills in the rest. */
export function irMethod(name: string, extra: Partial<IrMethod> = {}): IrMethod {
  return {
    name,
    apiVersion: 'v2',
    key: name,
    source: `api-reference/x/${name}.md`,
    docsUrl: `https://apidocs.bitrix24.com/api-reference/x/${name}.html`,
    title: name,
    section: 'x',
    scope: [],
    description: '',
    params: [],
    result: [],
    resultType: { raw: '', kind: 'unknown' },
    errors: [],
    examples: {},
    seeAlso: [],
    diagnostics: [],
    ...extra,
  };
}

/** An IR of these methods and nothing else. */
export function irDocument(methods: IrMethod[]): IrDocument {
  return { irVersion: 1, methods, types: [], systemErrors: [], pages: [], diagnostics: [] };
}
