import { describe, expect, it } from 'vitest';
import { camelCase, FileNameRegistry, NameRegistry, pascalCase } from './names.js';

describe('identifiers from method names', () => {
  it('splits on dots and camel humps', () => {
    expect(camelCase('tasks.api.scrum.backlog.getFields')).toBe('tasksApiScrumBacklogGetFields');
    expect(pascalCase('tasks.api.scrum.backlog.add')).toBe('TasksApiScrumBacklogAdd');
    expect(pascalCase('crm_status')).toBe('CrmStatus');
    expect(camelCase('CRM.DEAL.LIST')).toBe('crmDealList');
  });

  it('never starts with a digit and drops non-ASCII letters', () => {
    expect(camelCase('1c.sync')).toBe('_1cSync');
    expect(pascalCase('Доступ запрещен')).toBe('');
    expect(pascalCase('Café crème')).toBe('CafeCreme');
  });

  it('hands out unique names, avoiding reserved words and reserved names', () => {
    const names = new NameRegistry();
    names.reserve('createClient');
    expect(names.claim('createClient')).toBe('createClient2');
    expect(names.claim('delete')).toBe('delete_');
    expect(names.claim('crmItemList')).toBe('crmItemList');
    expect(names.claim('crmItemList')).toBe('crmItemList2');
    expect(names.claim('', 'Error')).toBe('Error');
  });

  it('keeps file stems unique even on case-insensitive file systems', () => {
    const files = new FileNameRegistry();
    expect(files.claim('sonet-group')).toBe('sonet-group');
    expect(files.claim('Sonet Group')).toBe('sonet-group-2');
    expect(files.claim('../etc')).toBe('etc');
  });
});

describe('NameRegistry.peek', () => {
  it('says what claim would hand out, claiming nothing, and counts pending names as taken', () => {
    const names = new NameRegistry();
    names.claim('dealGet');
    expect(names.peek('dealGet')).toBe('dealGet2');
    expect(names.peek('dealGet', 'Item', new Set(['dealGet2']))).toBe('dealGet3');
    expect(names.peek('', 'Error')).toBe('Error');
    expect(names.peek('delete')).toBe('delete_');
    // nothing was claimed by peeking
    expect(names.claim('dealGet')).toBe('dealGet2');
    expect(names.list()).toEqual(['dealGet', 'dealGet2']);
  });
});
