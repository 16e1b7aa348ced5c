import { printStructure, StructureKind, type JSDocStructure, type OptionalKind } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import type { DeclarationPlan, DocPlan } from './plan.js';
import { declarationStatement, declarationStructure, jsDocs, jsDocText, printFile } from './print.js';
import type { TsType } from './type-model.js';

/** An interface with one documented member, printed as emit prints it. */
function printed(docs: Array<OptionalKind<JSDocStructure> | string>): string {
  return printStructure(
    {
      kind: StructureKind.Interface,
      name: 'A',
      isExported: true,
      docs,
      properties: [{ name: 'a', type: 'string', docs }],
    },
    { indentNumberOfSpaces: 2, useSingleQuote: true, newLine: '\n' },
  );
}

/** ts-morph's own rendering of the doc, from the structure. */
function asStructure(doc: DocPlan): OptionalKind<JSDocStructure> {
  return { description: doc.description, tags: doc.tags.map((t) => (t.text === undefined ? { tagName: t.tagName } : t)) };
}

const CASES: DocPlan[] = [
  { description: 'One line.', tags: [] },
  { description: 'Two\nlines, with a blank one:\n\n- a `list` item', tags: [] },
  { description: '', tags: [{ tagName: 'deprecated' }] },
  { description: '', tags: [] },
  { description: 'Text', tags: [{ tagName: 'see', text: '{@link https://example.com/a.html}' }, { tagName: 'deprecated' }] },
  { description: 'Windows\r\nline breaks', tags: [{ tagName: 'throws', text: '{B24Error} one:\r\n- `A` a\n- `B` b' }] },
  { description: "Quotes ' \" ` and ${x} and // and /* in text", tags: [{ tagName: 'example', text: "\nconst s = 'it''s';\n`t`" }] },
  { description: 'Empty tag text', tags: [{ tagName: 'internal', text: '' }] },
  { description: '\nStarts with a break', tags: [{ tagName: 'remarks', text: 'x\n\ny' }] },
  { description: 'Tag text on the next line', tags: [{ tagName: 'example', text: '\r\nconst a = 1;' }, { tagName: 'example', text: '\rlone' }] },
];

describe('jsDocText', () => {
  it.each(CASES.map((doc, i) => [i, doc] as const))('prints as ts-morph prints the structure (case %i)', (_i, doc) => {
    expect(printed(jsDocs(doc))).toBe(printed([asStructure(doc)]));
  });

  it('joins the description and the tags line by line', () => {
    expect(jsDocText({ description: 'D', tags: [{ tagName: 'a', text: 'x' }, { tagName: 'b' }] })).toBe('D\n@a x\n@b');
    expect(jsDocText({ description: '', tags: [{ tagName: 'a', text: '\nx' }] })).toBe('@a\nx');
  });
});

const str: TsType = { kind: 'keyword', name: 'string' };
const opaque = (text: string): TsType => ({ kind: 'opaque', text });
const doc = (description: string, ...tags: DocPlan['tags']): DocPlan => ({ description, tags });

const DECLARATIONS: DeclarationPlan[] = [
  { kind: 'interface', name: 'Empty', members: [] },
  { kind: 'interface', name: 'Documented', docs: doc('An interface.\n\nTwo paragraphs.'), members: [{ name: 'id', optional: false, type: str }] },
  {
    kind: 'interface',
    name: 'Mixed',
    docs: doc('', { tagName: 'deprecated' }),
    members: [
      { name: 'plain', optional: true, type: { kind: 'union', members: [str, { kind: 'literal', value: "it's" }, { kind: 'numeric-string' }] } },
      { name: 'needs-quotes', optional: false, type: { kind: 'array', items: { kind: 'record' } }, docs: doc('One line ending in a space ') },
      { name: 'UF_CRM_1', optional: true, type: str, docs: doc('', { tagName: 'see', text: '{@link https://example.com}' }) },
      { name: 'multi', optional: false, type: opaque('{\n  a: string;\n  b: `x${string}`;\n}'), docs: doc('\nStarts with a break\r\nand has CRLF') },
      { name: 'crlf', optional: false, type: opaque('{\r\n  c: number;\r\n}') },
      { name: 'blank', optional: false, type: opaque('  ') },
      { name: 'empty', optional: false, type: opaque('') },
      { name: 'quote', optional: false, type: opaque("'unclosed") },
      { name: 'after', optional: false, type: str, docs: doc('') },
    ],
  },
  {
    kind: 'interface',
    name: 'Indexed',
    members: [{ name: 'ID', optional: false, type: { kind: 'literal', value: 1 } }],
    indexes: [
      { pattern: 'UF_CRM_${string}', type: { kind: 'union', members: [str, { kind: 'keyword', name: 'undefined' }] }, docs: doc('Custom fields.') },
      { pattern: 'PROPERTY_${number}', type: opaque('{\n  value: unknown;\n}') },
    ],
  },
  { kind: 'interface', name: 'OnlyIndexes', members: [], indexes: [{ pattern: 'x${number}', type: str }] },
  { kind: 'alias', name: 'Alias', type: { kind: 'reference', name: 'Documented' } },
  { kind: 'alias', name: 'DocumentedAlias', docs: doc('An alias.', { tagName: 'example', text: '\nconst a = 1;' }), type: opaque('{\n  x: 1;\n}') },
  { kind: 'alias', name: 'Blank', type: opaque(' ') },
];

describe('declarationStatement', () => {
  it('prints every declaration as ts-morph prints its structure, alone and after any other', () => {
    for (const decl of DECLARATIONS) {
      expect(printFile([declarationStatement(decl)]), decl.name).toBe(printFile([declarationStructure(decl)]));
      for (const before of DECLARATIONS) {
        const ours = printFile(['// lead', declarationStatement(before), declarationStatement(decl), 'export {};']);
        const theirs = printFile(['// lead', declarationStructure(before), declarationStructure(decl), 'export {};']);
        expect(ours, `${before.name} then ${decl.name}`).toBe(theirs);
      }
    }
  });

  it('writes an interface with its docs, index signatures first', () => {
    const text = printFile([declarationStatement(DECLARATIONS[3] as DeclarationPlan)]);
    expect(text).toContain('export interface Indexed {\n  /** Custom fields. */\n  [key: `UF_CRM_${string}`]: string | undefined;\n');
    expect(text.indexOf('[key: `PROPERTY_${number}`]')).toBeLessThan(text.indexOf('ID: 1;'));
  });
});
