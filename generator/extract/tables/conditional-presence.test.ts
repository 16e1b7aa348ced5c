import { describe, expect, it } from 'vitest';
import type { Field } from '../../ir/types.js';
import { markConditionalFields, markConditionalParams, markFieldsSomeItemsLack, saysConditionalPresence } from './conditional-presence.js';

const STRING = { raw: 'string', kind: 'scalar' as const, name: 'string' };
const field = (name: string, description: string, extra: Partial<Field> = {}): Field => ({ name, required: false, requiredMark: 'optional', type: STRING, description, ...extra });

describe('saysConditionalPresence', () => {
  it('reads the ways pages say a field is sent only sometimes', () => {
    expect(saysConditionalPresence("Link to the user's photo. The field is returned only if a photo has been uploaded")).toBe(true);
    expect(saysConditionalPresence('Identifier of the data source. Exists only in deals')).toBe(true);
    expect(saysConditionalPresence('Size of the file in bytes. It comes only for files')).toBe(true);
    expect(saysConditionalPresence('JSON keyboard for confirmation notifications. This field is not always present')).toBe(true);
    expect(saysConditionalPresence('Error description. Returned when `result = false`')).toBe(true);
    expect(saysConditionalPresence('The error message during lead auto-creation (if any).')).toBe(true);
    expect(saysConditionalPresence('List elements for enumerations. Field may be absent for other types')).toBe(true);
  });

  it('leaves plain descriptions, and ones about values rather than presence', () => {
    expect(saysConditionalPresence('Identifier of the user')).toBe(false);
    expect(saysConditionalPresence('Returns `true` if the task was deleted')).toBe(false);
    expect(saysConditionalPresence('Only letters and digits are allowed')).toBe(false);
  });
});

describe('markConditionalFields', () => {
  it('marks such fields conditional, nested and in key-family values, and leaves the rest', () => {
    const photo = field('PERSONAL_PHOTO', 'Returned only if a photo is uploaded');
    const name = field('NAME', 'First name');
    const inner = field('person', 'Returned if `userId` is passed');
    const value = field('ERRORS', 'Returned when `SUCCESS = false`');
    const list = field('items', 'Items', { fields: [inner], keyPatterns: [{ pattern: '${number}', type: STRING, description: '', fields: [value] }] });
    markConditionalFields([photo, name, list]);
    expect([photo, name, inner, value].map((f) => f.requiredMark)).toEqual(['conditional', 'optional', 'conditional', 'conditional']);
  });

  it('never touches a required field', () => {
    const id = field('id', 'Returned only if set', { required: true, requiredMark: 'required' });
    markConditionalFields([id]);
    expect(id.requiredMark).toBe('required');
  });
});

describe('markConditionalParams', () => {
  it('takes back the required mark of a param whose description makes it conditional, nested too', () => {
    const req = (name: string, description: string) => field(name, description, { required: true, requiredMark: 'required' });
    const clientId = req('CLIENT_ID', 'This parameter is required only for webhooks');
    const data = req('data', 'Data of the file.\n\nOptional if the file is uploaded not directly, but via URL');
    const items = req('ITEMS', 'List values.\n\nThis field is relevant only for services of type `list (enum)`.');
    const name = req('NAME', 'Name of the service; only letters');
    const title = field('title', 'Optional if set by the template');
    const fields = field('fields', 'Fields', { fields: [req('ID', 'Not required when `CODE` is given')] });
    markConditionalParams([clientId, data, items, name, title, fields]);
    expect([clientId, data, items, fields.fields![0]!].map((f) => [f.required, f.requiredMark])).toEqual(Array(4).fill([false, 'conditional']));
    expect([name.required, name.requiredMark]).toEqual([true, 'required']);
    // An optional param stays optional: the words only ever take a mark back.
    expect(title.requiredMark).not.toBe('conditional');
  });
});

describe('markFieldsSomeItemsLack', () => {
  it('makes conditional the result fields some list items show and others lack, nested across items too', () => {
    const size = field('SIZE', 'Size');
    const name = field('NAME', 'Name');
    const owner = field('owner', 'Owner', { fields: [field('id', 'Id'), field('email', 'E-mail')] });
    markFieldsSomeItemsLack([size, name, owner], [
      { NAME: 'a.txt', SIZE: 4, owner: { id: 1, email: 'x' } },
      { NAME: 'folder', owner: { id: 2 } },
    ]);
    expect([size, name, owner, ...owner.fields!].map((f) => [f.name, f.requiredMark])).toEqual([
      ['SIZE', 'conditional'], ['NAME', 'optional'], ['owner', 'optional'], ['id', 'optional'], ['email', 'conditional'],
    ]);
  });

  it('needs two items: one object, or a list of one, proves nothing', () => {
    const size = field('SIZE', 'Size');
    markFieldsSomeItemsLack([size, field('NAME', 'Name')], { NAME: 'x' });
    markFieldsSomeItemsLack([size], [{ NAME: 'x' }]);
    expect(size.requiredMark).toBe('optional');
  });
});
