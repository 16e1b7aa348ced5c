import { describe, expect, it } from 'vitest';
import { sameDocsText } from './docs-text.js';

describe('sameDocsText', () => {
  it('ignores re-wrapping but not wording', () => {
    expect(sameDocsText('a  b\nc ', 'a b c')).toBe(true);
    expect(sameDocsText('a b c', 'a b d')).toBe(false);
    expect(sameDocsText(undefined, '')).toBe(true);
  });
});
