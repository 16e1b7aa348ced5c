import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { proseSectionType } from './prose-type.js';

const nodes = (markdown: string) => (unified().use(remarkParse).parse(markdown) as Root).children;

describe('proseSectionType', () => {
  it('reads "a string, or texts keyed by language" with its example as string | lang_map', () => {
    const type = proseSectionType(nodes('Text in several languages. You may pass a plain string as the value.\n\nOr an object by language:\n\n```json\n{ "de": "Speichern", "en": "Save" }\n```\n'));
    expect(type).toEqual({
      raw: 'string | lang_map',
      kind: 'union',
      members: [
        { raw: 'string', kind: 'scalar', name: 'string' },
        { raw: 'lang_map', kind: 'ref', name: 'lang_map' },
      ],
    });
  });

  it('needs both signals', () => {
    expect(proseSectionType(nodes('You may pass a plain string as the value.'))).toBeUndefined();
    expect(proseSectionType(nodes('```json\n{ "de": "Speichern" }\n```'))).toBeUndefined();
  });

  it('does not read other objects as language maps', () => {
    expect(proseSectionType(nodes('Pass a plain string.\n\n```json\n{ "title": "Save", "id": 5 }\n```'))).toBeUndefined();
    expect(proseSectionType(nodes('Pass a plain string.\n\n```json\n{ "de": "x" \n```'))).toBeUndefined();
  });
});
