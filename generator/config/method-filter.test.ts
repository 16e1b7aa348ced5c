import { describe, expect, it } from 'vitest';
import { createMethodFilter } from './method-filter.js';

const deal = { name: 'crm.deal.add', source: 'api-reference/crm/deals/crm-deal-add.md' };
const backlog = { name: 'tasks.api.scrum.backlog.add', source: 'api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-add.md' };
const old = { name: 'task.item.add', source: 'api-reference/tasks/deprecated/task-item/task-item-add.md' };

describe('createMethodFilter', () => {
  it('keeps everything without patterns', () => {
    const keep = createMethodFilter({});
    expect([deal, backlog, old].every(keep)).toBe(true);
  });
  it('matches include globs against method names', () => {
    const keep = createMethodFilter({ include: ['tasks.*'] });
    expect([deal, backlog, old].map(keep)).toEqual([false, true, false]);
    expect(createMethodFilter({ include: ['task*.**'] })(old)).toBe(true);
  });
  it('matches include globs against docs paths', () => {
    const keep = createMethodFilter({ include: ['api-reference/crm/**'] });
    expect([deal, backlog, old].map(keep)).toEqual([true, false, false]);
  });
  it('exclude wins over include, on names or paths', () => {
    expect([deal, backlog, old].map(createMethodFilter({ include: ['tasks.*'], exclude: ['**/deprecated/**'] }))).toEqual([false, true, false]);
    expect([deal, backlog, old].map(createMethodFilter({ exclude: ['crm.deal.{add,update}'] }))).toEqual([false, true, true]);
  });
  it('does not let a single star cross a path separator', () => {
    expect(createMethodFilter({ include: ['api-reference/*'] })(deal)).toBe(false);
  });
});
