import { describe, expect, it } from 'vitest';
import { mdCode } from './markdown-text.js';

describe('mdCode', () => {
  it('wraps text in a code span', () => {
    expect(mdCode('fields.groupId')).toBe('`fields.groupId`');
  });
  it('uses a longer fence than any backtick run inside, padding edge backticks', () => {
    expect(mdCode('a `b` c')).toBe('``a `b` c``');
    expect(mdCode('`x')).toBe('`` `x ``');
  });
  it('keeps docs text on one line so it cannot start a heading or list', () => {
    expect(mdCode('msg\n# Heading\r\n- item')).toBe('`msg # Heading - item`');
  });
  it('shows empty text as a visible placeholder', () => {
    expect(mdCode('')).toBe('(empty)');
  });
});
