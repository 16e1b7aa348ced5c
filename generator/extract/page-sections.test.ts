import { describe, expect, it } from 'vitest';
import { roleFromHeading, sectionNodes, splitPage } from './page-sections.js';
import { fence, h, hid, include, list, a, p, quote, root, table, tabs } from './test-support/mdast-builders.js';

const paramTable = () => table(['**Name**\n`type`', '**Description**'], ['**id***\n`integer`', 'Identifier']);
const errorTable = () => table(['**Code**', '**Description**', '**Value**'], ['`0`', 'Access denied', 'No rights']);

describe('splitPage', () => {
  it('splits the canonical skeleton and gives each H2 its role', () => {
    const layout = splitPage(root(
      h(1, 'Add backlog tasks.api.scrum.backlog.add'),
      quote(p('Scope: x')),
      p('The method does things.'),
      h(2, 'Method Parameters'), include('_includes/required.md', p('req')), paramTable(),
      h(2, 'Code Examples'), tabs(['cURL (Webhook)', fence('bash', 'curl -d \'{}\' https://x/rest/1/abc/a.b')]),
      h(2, 'Response Handling'), p('HTTP status: **200**'), fence('json', '{"result": true}'),
      h(2, 'Returned Data'), paramTable(),
      h(2, 'Error Handling'), fence('json', '{"error": "x"}'), h(3, 'Possible Error Codes'), errorTable(),
      include('_includes/system-errors.md', errorTable()),
      h(2, 'Continue Learning'), list([a('./x.md', '{#T}')]),
    ));
    expect(layout.sections.map((s) => s.role)).toEqual(['params', 'examples', 'response', 'response', 'errors', 'seeAlso']);
    expect(layout.intro.map((n) => n.type)).toEqual(['blockquote', 'paragraph']);
    expect(layout.boilerplate).toEqual(['required', 'system-errors']);
    expect(sectionNodes(layout, 'response').map((n) => n.type)).toEqual(['paragraph', 'code', 'heading', 'yfmTable']);
    // The system-errors table is not part of the page's own error section.
    expect(sectionNodes(layout, 'errors').filter((n) => n.type === 'yfmTable')).toHaveLength(1);
  });

  it('recognises sections by structure when the heading is unusual', () => {
    const layout = splitPage(root(
      h(1, 'x a.b'),
      h(2, 'Входные данные'), table(['**Название**\n`тип`', '**Описание**'], ['**id***\n`integer`', 'Идентификатор']),
      h(2, 'Как вызвать'), tabs(['cURL (OAuth)', fence('bash', 'curl https://x/rest/a.b')]),
      h(2, 'Что вернётся'), fence('json', '{"result": 1}'),
      h(2, 'Что может пойти не так'), errorTable(),
    ));
    expect(layout.sections.map((s) => s.role)).toEqual(['params', 'examples', 'response', 'errors']);
  });

  it('lets the heading words settle a section whose structure points two ways', () => {
    const layout = splitPage(root(
      h(1, 'x a.b'),
      // A parameter table followed by a "Code | Description" enum table; a batch-shaped error example.
      h(2, 'Method Parameters'), paramTable(), table(['**Code**', '**Description**'], ['`A`', 'mode a']),
      h(2, 'Error Handling'), fence('json', '{"result": {"error": "x"}}'), errorTable(),
    ));
    expect(layout.sections.map((s) => s.role)).toEqual(['params', 'errors']);
  });

  it('trusts a single structural signal over the heading words', () => {
    // "Response on Error" reads like a response heading; the error-info include and the
    // error table say otherwise.
    const layout = splitPage(root(
      h(1, 'x a.b'),
      h(2, 'Response on Error'), include('_includes/error-info.md', paramTable()), errorTable(),
    ));
    expect(layout.sections.map((s) => s.role)).toEqual(['errors']);
  });

  it('reads the boilerplate includes of a section as its role', () => {
    const layout = splitPage(root(
      h(1, 'x a.b'),
      h(2, 'Что передать'), include('_includes/required.md', p('req')), p('Без параметров.'),
      h(2, 'Как вызвать'), include('_includes/examples.md', p('note')), tabs(['JS', fence('js', 'BX24.callMethod()')]),
      h(2, 'Если что-то пошло не так'), include('_includes/system-errors.md', errorTable()),
    ));
    expect(layout.sections.map((s) => s.role)).toEqual(['params', 'examples', 'errors']);
    expect(layout.boilerplate).toEqual(['required', 'examples', 'system-errors']);
  });

  it('keeps a section that a parameter row links to among the parameters', () => {
    const linked = table(['**Название**\n`тип`', '**Описание**'], ['**fields***\n`object`', [p('Ключи в ', a('#fields', 'разделе fields'))]]);
    const layout = splitPage(root(
      h(1, 'x a.b'),
      h(2, 'Входные данные'), linked,
      hid(2, 'fields', 'Ключи объекта'), paramTable(),
      h(2, 'Поля ответа'), paramTable(),
    ));
    // The last table is not linked from a parameter row and follows parameters only: the
    // structure points two ways and no heading word helps, so the old precedence holds.
    expect(layout.sections.map((s) => s.role)).toEqual(['params', 'params', 'response']);
  });

  it('takes a bare list of page links for see-also, but not over a known heading', () => {
    const layout = splitPage(root(
      h(1, 'x a.b'),
      h(2, 'Смотрите дальше'), list([a('./x.md', '{#T}')], [a('./y.md', '{#T}')]),
      h(2, 'Code Examples'), list([a('./z.md', 'z')]),
      h(2, 'Полезное'), list([a('./x.md', 'x'), ' и текст']),
    ));
    expect(layout.sections.map((s) => s.role)).toEqual(['seeAlso', 'examples', 'other']);
  });

  it('falls back to heading words (EN and RU) when the structure says nothing', () => {
    const layout = splitPage(root(
      h(1, 'x a.b'),
      h(2, 'Method parameters'), p('No parameters.'),
      h(2, 'Параметры метода'), p('Нет параметров.'),
      h(2, 'Обработка ошибок'), p('-'),
      h(2, 'Продолжите изучение'), list('x'),
      h(2, 'Pagination Recommendations'), p('text'),
    ));
    expect(layout.sections.map((s) => s.role)).toEqual(['params', 'params', 'errors', 'seeAlso', 'other']);
  });

  it('takes a headless parameter table after the examples for returned data', () => {
    const layout = splitPage(root(
      h(1, 'x a.b'),
      h(2, 'Examples'), tabs(['cURL (Webhook)', fence('bash', 'curl https://x/rest/1/x/a.b')]),
      h(2, 'Fields'), paramTable(),
    ));
    expect(layout.sections.map((s) => s.role)).toEqual(['examples', 'response']);
  });
});

describe('roleFromHeading', () => {
  it.each([
    ['Response on Success', 'response'], ['Successful Response', 'response'], ['Ответ в случае успеха', 'response'],
    ['Continue Your Exploration', 'seeAlso'], ['See Also', 'seeAlso'], ['Code Example', 'examples'],
    ['Parameter fields', 'params'], ['Fields Parameters', 'params'], ['Error handling', 'errors'],
    ['Возможные коды ошибок', 'errors'], ['Параметр fields', 'params'], ['Параметрический', undefined],
    ['Filter Examples', undefined], ['Appearance', undefined],
  ])('%s → %s', (title, role) => {
    expect(roleFromHeading(title)).toBe(role);
  });
});
