import { describe, it, expect } from 'vitest';
import { normalizePackageFiles } from './normalize-package-files.js';
import { WriteError } from './write-error.js';

describe('normalizePackageFiles', () => {
  it('sorts by code unit, not by locale', () => {
    const files = normalizePackageFiles(new Map([['b', ''], ['a', ''], ['Z', ''], ['_', '']]));
    expect(files.map((file) => file.path)).toEqual(['Z', '_', 'a', 'b']);
  });

  it('turns CRLF and lone CR into LF', () => {
    const [file] = normalizePackageFiles(new Map([['x.ts', 'a\r\nb\rc\n']]));
    expect(file?.content).toBe('a\nb\nc\n');
  });

  it.each([
    [[['.b24gen.json', '{}']], 'reserved'],
    [[['src/a.ts', ''], ['src/A.ts', '']], 'letter case'],
    [[['src', ''], ['src/a.ts', '']], 'also a file'],
    [[['../x', '']], '".." segment'],
  ])('rejects %j', (pairs, why) => {
    expect(() => normalizePackageFiles(new Map(pairs as Array<[string, string]>))).toThrow(WriteError);
    expect(() => normalizePackageFiles(new Map(pairs as Array<[string, string]>))).toThrow(why);
  });
});
