import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from './did-you-mean.js';

describe('didYouMean', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('docs', 'dosc')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('suggests the closest key for a typo, ignoring case', () => {
    expect(didYouMean('pakageName', ['docs', 'out', 'packageName', 'packageVersion'])).toBe('packageName');
    expect(didYouMean('Include', ['include', 'exclude'])).toBe('include');
  });
  it('suggests nothing for an unrelated word', () => {
    expect(didYouMean('colour', ['docs', 'out', 'include'])).toBeUndefined();
  });
});
