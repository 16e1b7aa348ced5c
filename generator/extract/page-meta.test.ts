import { describe, expect, it } from 'vitest';
import type { Paragraph, RootContent } from 'mdast';
import { docsSourceOf, docsUrlOf, extractAccess, extractDescription, extractScopes, sectionOf } from './page-meta.js';
import { a, list, note, p, quote } from './test-support/mdast-builders.js';

/** `> Scope: [`a`](…), [`b`](…)⏎> Who can …` as remark gives it: one paragraph with a newline in the text. */
function scopeQuote(...links: string[]): ReturnType<typeof quote> {
  const children: Paragraph['children'] = [{ type: 'text', value: 'Scope: ' }];
  links.forEach((l, i) => {
    if (i > 0) children.push({ type: 'text', value: ', ' });
    children.push(a('../scopes/permissions.md', `\`${l}\``));
  });
  return quote({ type: 'paragraph', children }, p('Who can execute the method: any user'));
}

describe('extractScopes', () => {
  it('reads one or several linked scopes', () => {
    expect(extractScopes([scopeQuote('task')])).toEqual(['task']);
    expect(extractScopes([scopeQuote('user', 'user_brief', 'user_basic')])).toEqual(['user', 'user_brief', 'user_basic']);
  });
  it('skips inline code outside links', () => {
    const para: Paragraph = { type: 'paragraph', children: [
      { type: 'text', value: 'Scope: ' }, a('x.md', '`userfieldconfig`'), { type: 'text', value: ', module scope from ' },
      { type: 'inlineCode', value: 'moduleId' }, { type: 'text', value: ' (e.g., ' }, a('x.md', '`crm`'), { type: 'text', value: ')' },
    ] };
    expect(extractScopes([quote(para)])).toEqual(['userfieldconfig', 'crm']);
  });
  it('stops at the line break before "Who can"', () => {
    const para: Paragraph = { type: 'paragraph', children: [
      { type: 'text', value: 'Scope: ' }, a('x.md', '`crm`'), { type: 'text', value: '\nWho can execute the method: ' }, a('y.md', '`admin`'),
    ] };
    expect(extractScopes([quote(para)])).toEqual(['crm']);
  });
});

describe('extractScopes and extractAccess with labels we do not know', () => {
  // `> Область доступа: [`task`](…/scopes/permissions.md)⏎>⏎> Кому доступен метод: любому пользователю`
  const translated = (label: string, access: string): RootContent =>
    quote(p(`${label}: `, a('../../scopes/permissions.md', '`task`')), p(access));

  it('finds the scope by its link to the scopes page', () => {
    expect(extractScopes([translated('Область доступа', 'Кому доступен метод: любому пользователю')])).toEqual(['task']);
    // A link to the scopes page in running text is not a scope line.
    expect(extractScopes([quote(p('See ', a('../scopes/permissions.md', '`task`'), ' for details'))])).toEqual([]);
  });

  it('takes the other labelled line of the scope quote for the access', () => {
    expect(extractAccess([translated('Область доступа', 'Кому доступен метод: любому пользователю')])).toBe('любому пользователю');
    expect(extractAccess([quote(p('Note: something'))])).toBeUndefined();
  });

  it('leaves the translated scope quote out of the description', () => {
    expect(extractDescription([translated('Область доступа', 'Кому доступен метод: всем'), p('Текст.')], 'Текст.')).toBe('Текст.');
  });

  it('ends the scope line at a labelled line break', () => {
    const para: Paragraph = { type: 'paragraph', children: [
      { type: 'text', value: 'Scope: ' }, a('x.md', '`crm`'), { type: 'text', value: '\nКому доступен: ' }, a('y.md', '`admin`'),
    ] };
    expect(extractScopes([quote(para)])).toEqual(['crm']);
  });
});

describe('extractAccess', () => {
  it('reads EN variants and RU', () => {
    expect(extractAccess([scopeQuote('crm')])).toBe('any user');
    expect(extractAccess([quote(p('Who can perform the methods: administrator'))])).toBe('administrator');
    expect(extractAccess([quote(p('Кто может выполнять метод: любой пользователь'))])).toBe('любой пользователь');
  });
  it('joins a list that follows an empty "Who can" line', () => {
    const q = quote(p('Who can execute the method:'));
    (q as { children: unknown[] }).children.push(list('a user with the "Cancel" permission,', 'and the "View" permission.'));
    expect(extractAccess([q])).toBe('a user with the "Cancel" permission, and the "View" permission.');
  });
});

describe('extractDescription', () => {
  it('keeps the intro prose and leaves out notes and the scope quote', () => {
    const source = 'The method `a.b` adds.\n\nSecond paragraph.';
    const first = p('The method ', { type: 'inlineCode', value: 'a.b' }, ' adds.');
    first.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 23, offset: 22 } };
    const second = p('Second paragraph.');
    second.position = { start: { line: 3, column: 1, offset: 24 }, end: { line: 3, column: 18, offset: 41 } };
    expect(extractDescription([note('tip', '', p('MCP')), scopeQuote('crm'), first, second], source))
      .toBe('The method `a.b` adds.\n\nSecond paragraph.');
  });
  it('falls back to plain text when positions do not match the source', () => {
    expect(extractDescription([p('Hello there')], 'unrelated')).toBe('Hello there');
  });
});

describe('docsUrlOf / sectionOf', () => {
  it('maps the source to the site and the section', () => {
    expect(docsUrlOf('api-reference/crm/deals/crm-deal-add.md')).toBe('https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-add.html');
    expect(sectionOf('api-reference/sonet-group/scrum/backlog/x.md')).toBe('sonet-group');
    expect(sectionOf('api-reference/rest-v3.md')).toBe('');
  });
  it('maps an online page back to its source, anchor kept', () => {
    expect(docsSourceOf(`${docsUrlOf('api-reference/catalog/data-types.md')}#catalog_product`)).toBe('api-reference/catalog/data-types.md#catalog_product');
    expect(docsSourceOf(docsUrlOf('api-reference/sale/data-types.md'))).toBe('api-reference/sale/data-types.md');
    expect(docsSourceOf('https://example.com/a.html')).toBeUndefined();
  });
});
