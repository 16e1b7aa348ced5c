import { describe, expect, it } from 'vitest';
import { buildProgram } from './main.js';

describe('buildProgram', () => {
  it('registers every command of the CLI', () => {
    expect(buildProgram().commands.map((c) => c.name())).toEqual(['generate', 'ir', 'check', 'diff', 'lint', 'openapi', 'mock', 'conformance']);
  });
  it('has the global output and config options', () => {
    expect(buildProgram().options.map((o) => o.long)).toEqual(expect.arrayContaining(['--quiet', '--verbose', '--config']));
  });
});
