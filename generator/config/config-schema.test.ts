import { describe, expect, it } from 'vitest';
import { validateConfig } from './config-schema.js';

const label = 'b24gen.config.json';

describe('validateConfig', () => {
  it('accepts every known key and ignores $schema', () => {
    const config = validateConfig(
      { $schema: 'x', docs: '../docs', out: 'pkg', packageName: '@a/b', packageVersion: '1.0.0', include: ['crm.*'], exclude: ['**/deprecated/**'] },
      label,
    );
    expect(config).toEqual({ docs: '../docs', out: 'pkg', packageName: '@a/b', packageVersion: '1.0.0', include: ['crm.*'], exclude: ['**/deprecated/**'] });
  });
  it('names the key and the file when a list is not a list of strings', () => {
    expect(() => validateConfig({ include: 'crm.*' }, label)).toThrow('b24gen.config.json: "include" must be an array of strings');
    expect(() => validateConfig({ exclude: ['a', 3] }, label)).toThrow('"exclude" must be an array of strings');
  });
  it('names the key when a string setting has the wrong type', () => {
    expect(() => validateConfig({ docs: 12 }, label)).toThrow('b24gen.config.json: "docs" must be a non-empty string, got a number');
    expect(() => validateConfig({ out: '' }, label)).toThrow('"out" must be a non-empty string');
  });
  it('rejects an unknown key with a suggestion', () => {
    expect(() => validateConfig({ pakageName: 'x' }, label)).toThrow('b24gen.config.json: unknown key "pakageName"; did you mean "packageName"?');
  });
  it('lists the known keys when nothing is close', () => {
    expect(() => validateConfig({ colour: true }, label)).toThrow(/unknown key "colour" \(known keys: docs, out, packageName/);
  });
  it('reports every problem at once', () => {
    expect(() => validateConfig({ docs: 1, inclde: [] }, label)).toThrow(/2 problems: .*"docs".*"inclde"; did you mean "include"/);
  });
  it('rejects a config that is not an object', () => {
    expect(() => validateConfig([], label)).toThrow('b24gen.config.json: the config must be an object, got an array');
  });
});
