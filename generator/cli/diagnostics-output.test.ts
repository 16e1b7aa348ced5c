import { describe, expect, it } from 'vitest';
import { atLeast, countByCode, formatDiagnostic, sortDiagnostics, worstSeverity } from './diagnostics-output.js';
import type { Diagnostic } from '../ir/types.js';

const at = (file: string, line: number, code: string): Diagnostic => ({ file, line, column: 3, severity: 'warning', code, message: `m ${code}` });

describe('diagnostics output', () => {
  it('formats as path:line:column: severity: message', () => {
    expect(formatDiagnostic(at('a/b.md', 12, 'unknown-type-token'))).toBe('a/b.md:12:3: warning: m unknown-type-token [unknown-type-token]');
  });
  it('colours only the severity, and only when asked', () => {
    const line = formatDiagnostic({ ...at('a.md', 1, 'x'), severity: 'error' }, { color: true });
    expect(line).toBe('a.md:1:3: \u001b[31m\u001b[1merror\u001b[22m\u001b[39m: m x [x]');
    expect(formatDiagnostic(at('a.md', 1, 'x'), { color: false })).not.toContain('\u001b');
  });
  it('counts by code, most frequent first', () => {
    expect(countByCode([at('a', 1, 'x'), at('a', 2, 'y'), at('b', 1, 'y')])).toEqual([['y', 2], ['x', 1]]);
  });
  it('sorts by file then line', () => {
    expect(sortDiagnostics([at('b', 1, 'x'), at('a', 9, 'x'), at('a', 2, 'x')]).map((d) => `${d.file}${d.line}`)).toEqual(['a2', 'a9', 'b1']);
  });
  it('ranks severities', () => {
    expect(worstSeverity(['info', 'error', 'warning'])).toBe('error');
    expect(worstSeverity([])).toBe('info');
    expect(atLeast('warning', 'error')).toBe(false);
    expect(atLeast('error', 'warning')).toBe(true);
  });
});
