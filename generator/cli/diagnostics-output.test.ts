import { describe, expect, it } from 'vitest';
import { countByCode, formatDiagnostic, sortDiagnostics } from './diagnostics-output.js';
import type { Diagnostic } from '../ir/types.js';

const at = (file: string, line: number, code: string): Diagnostic => ({ file, line, column: 3, severity: 'warning', code, message: `m ${code}` });

describe('diagnostics output', () => {
  it('formats as path:line:column: severity: message', () => {
    expect(formatDiagnostic(at('a/b.md', 12, 'unknown-type-token'))).toBe('a/b.md:12:3: warning: m unknown-type-token [unknown-type-token]');
  });
  it('counts by code, most frequent first', () => {
    expect(countByCode([at('a', 1, 'x'), at('a', 2, 'y'), at('b', 1, 'y')])).toEqual([['y', 2], ['x', 1]]);
  });
  it('sorts by file then line', () => {
    expect(sortDiagnostics([at('b', 1, 'x'), at('a', 9, 'x'), at('a', 2, 'x')]).map((d) => `${d.file}${d.line}`)).toEqual(['a2', 'a9', 'b1']);
  });
});
