import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../ir/types.js';
import { reportDiagnostics } from './report.js';
import type { Verbosity } from './report.js';

const d = (severity: Diagnostic['severity'], code: string, line = 1): Diagnostic => ({ file: 'p.md', line, column: 1, severity, code, message: code });
const all = [d('info', 'missing-type', 3), d('warning', 'unplaced-result-row', 2), d('warning', 'unplaced-result-row', 4), d('error', 'page-failed', 1)];

function run(verbosity: Verbosity, color = false): string[] {
  const lines: string[] = [];
  reportDiagnostics(all, 'b24gen: 1 pages', { verbosity, color, write: (line) => lines.push(line) });
  return lines;
}

describe('reportDiagnostics', () => {
  it('default: warnings and errors, then the summary grouped by kind, and says infos were hidden', () => {
    expect(run('normal')).toEqual([
      'p.md:1:1: error: page-failed [page-failed]',
      'p.md:2:1: warning: unplaced-result-row [unplaced-result-row]',
      'p.md:4:1: warning: unplaced-result-row [unplaced-result-row]',
      'b24gen: 1 pages, 4 diagnostics (1 error, 2 warnings, 1 info)',
      '  by kind:',
      '    unplaced-result-row      2  warning',
      '    missing-type             1  info',
      '    page-failed              1  error',
      '  (1 info diagnostic not shown; --verbose shows them)',
    ]);
  });
  it('verbose: every diagnostic, info included', () => {
    const lines = run('verbose');
    expect(lines.filter((l) => l.startsWith('p.md:'))).toHaveLength(4);
    expect(lines.some((l) => l.includes('not shown'))).toBe(false);
  });
  it('quiet: errors only, no summary', () => {
    expect(run('quiet')).toEqual(['p.md:1:1: error: page-failed [page-failed]']);
  });
  it('no escape codes unless colour is on', () => {
    expect(run('verbose').join('\n')).not.toContain('\u001b');
    expect(run('verbose', true).join('\n')).toContain('\u001b[33mwarning');
  });
});
