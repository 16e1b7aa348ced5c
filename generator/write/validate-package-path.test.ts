import { describe, it, expect } from 'vitest';
import { validatePackagePath } from './validate-package-path.js';
import { WriteError } from './write-error.js';

describe('validatePackagePath', () => {
  it('accepts nested relative paths', () => {
    expect(validatePackagePath('src/methods/tasks.ts')).toBe('src/methods/tasks.ts');
    expect(validatePackagePath('.npmignore')).toBe('.npmignore');
    expect(validatePackagePath('a..b/c')).toBe('a..b/c');
  });

  it.each([
    ['', 'empty'],
    ['/etc/passwd', 'absolute'],
    ['../outside.ts', '".." segment'],
    ['src/../../x', '".." segment'],
    ['./src/x.ts', '"." segment'],
    ['src//x.ts', 'empty segment'],
    ['src/', 'empty segment'],
    ['src\\x.ts', 'backslash'],
    ['..\\x.ts', 'backslash'],
    ['C:/x.ts', 'drive letter'],
    ['c:x.ts', 'drive letter'],
    ['src/x\0.ts', 'NUL'],
  ])('rejects %j (%s) with a WriteError naming the path', (input, why) => {
    let caught: unknown;
    try {
      validatePackagePath(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WriteError);
    expect((caught as WriteError).code).toBe('unsafe-path');
    expect((caught as WriteError).message).toContain(JSON.stringify(input));
    expect((caught as WriteError).message).toContain(why);
  });
});
