import { printStructure, StructureKind, type JSDocStructure, type OptionalKind } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import type { DocPlan } from './plan.js';
import { jsDocs, jsDocText } from './print.js';

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

