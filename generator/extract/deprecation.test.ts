import { describe, expect, it } from 'vitest';
import { extractDeprecation, isDeprecatedFolder } from './deprecation.js';
import { a, note, p, quote } from './test-support/mdast-builders.js';

const source = 'api-reference/crm/deals/crm-deal-add.md';

describe('extractDeprecation', () => {
  it('reads a DEPRECATED note and names the replacement from the link text', () => {
    const d = extractDeprecation([quote(p('Scope: crm')), note('warning', 'DEPRECATED', p('Use ', a('../universal/crm-item-add.md', 'crm.item.add'), '.'))], source, '');
    expect(d).toEqual({
      message: 'Use crm.item.add.',
      reason: 'note',
      replacement: 'crm.item.add',
      replacementSource: 'api-reference/crm/universal/crm-item-add.md',
    });
  });
  it.each(['Deprecated method', 'deprecated', 'Method Development Has Been Discontinued', 'Development of methods has been halted'])(
    'recognises the title %s case-insensitively', (title) => {
      expect(extractDeprecation([note('warning', title, p('x'))], source, '')?.reason).toBe('note');
    });
  it.each(['Развитие метода остановлено', 'Метод устарел', 'Устаревший метод', 'Метод больше не поддерживается', 'Рaзвитие метода oстановлено'])(
    'recognises the RU title %s, Latin look-alikes included', (title) => {
      expect(extractDeprecation([note('warning', title, p('x'))], source, '')?.reason).toBe('note');
    });
  it('keeps only the target path when the link text is not a method name', () => {
    const d = extractDeprecation([note('warning', 'DEPRECATED', p(a('/api-reference/crm/universal/crm-item-add.html#x', 'the universal method')))], source, '');
    expect(d?.replacement).toBeUndefined();
    expect(d?.replacementSource).toBe('api-reference/crm/universal/crm-item-add.md');
  });
  it('ignores ordinary notes', () => {
    expect(extractDeprecation([note('tip', '', p('MCP')), note('info', null, p('x'))], source, '')).toBeUndefined();
  });
  it('marks pages in outdated/deprecated folders', () => {
    expect(extractDeprecation([], 'api-reference/chats/outdated/create-app/imbot-app-register.md', '')).toEqual({ message: '', reason: 'folder' });
    expect(isDeprecatedFolder('api-reference/tasks/deprecated/x.md')).toBe(true);
    expect(isDeprecatedFolder('api-reference/tasks/outdated.md')).toBe(false);
  });
});
