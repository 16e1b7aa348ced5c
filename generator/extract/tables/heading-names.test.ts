import { describe, expect, it } from 'vitest';
import { headingNameCandidates, headingSlug } from './heading-names.js';

const first = (h: string) => headingNameCandidates(h)[0]?.join('.');

describe('headingNameCandidates', () => {
  it('EN and RU heading shapes', () => {
    expect(first('Parameter fields')).toBe('fields');
    expect(first('FIELDS Parameter')).toBe('FIELDS');
    expect(first('Parameter extras Parameter')).toBe('extras');
    expect(first('Filter Parameters')).toBe('Filter');
    expect(first('Object PROPERTY')).toBe('PROPERTY');
    expect(first('User Object')).toBe('User');
    expect(first('Fields of the User Object')).toBe('User');
    expect(first('Fields of the result array')).toBe('result');
    expect(first('Параметр filter')).toBe('filter');
    expect(first('Объект user')).toBe('user');
    expect(first('section_element.options')).toBe('section_element.options');
    expect(first('FIELDS.PROPERTIES Parameter')).toBe('FIELDS.PROPERTIES');
    expect(first('Type of data.items.items element')).toBe('data.items.items');
  });
  it('paths split on dots and drop []', () => {
    expect(headingNameCandidates('Parameter result.events[]')[0]).toEqual(['result', 'events']);
  });
});

describe('headingSlug', () => {
  it('lower case, punctuation dropped, dashes', () => {
    expect(headingSlug('Parameter fields')).toBe('parameter-fields');
    expect(headingSlug('type.relations')).toBe('typerelations');
    expect(headingSlug('catalog_store')).toBe('catalog_store');
  });
});
