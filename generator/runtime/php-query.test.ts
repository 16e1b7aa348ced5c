import { describe, expect, it } from 'vitest';
import { decodePhpQuery, encodePhpQuery } from './php-query.js';

describe('encodePhpQuery', () => {
  it('writes nested keys PHP-style and encodes reserved characters', () => {
    expect(encodePhpQuery({ fields: { groupId: 1, title: 'a&b=c d' }, ids: [5, 6], flag: true, off: false, skip: null })).toBe(
      'fields[groupId]=1&fields[title]=a%26b%3Dc%20d&ids[0]=5&ids[1]=6&flag=1&off=0',
    );
  });
  it('keeps batch references readable', () => {
    expect(encodePhpQuery({ ID: '$result[get_user][UF_DEPARTMENT][0]' })).toBe('ID=$result[get_user][UF_DEPARTMENT][0]');
  });
  it('round-trips through the decoder and drops prototype keys', () => {
    const q = encodePhpQuery({ filter: { '>ID': 3, TYPE: ['A'] }, text: 'x+y%' });
    expect(decodePhpQuery(q)).toEqual({ filter: { '>ID': '3', TYPE: { '0': 'A' } }, text: 'x+y%' });
    expect(decodePhpQuery('__proto__[x]=1&a[constructor][prototype][x]=1&b=2')).toEqual({ b: '2' });
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    expect(decodePhpQuery('a[]=1&a[]=2&bad=%E0%A4%A')).toEqual({ a: { '0': '1', '1': '2' }, bad: '%E0%A4%A' });
  });
});
