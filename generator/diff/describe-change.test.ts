import { describe, expect, it } from 'vitest';
import { describeChange } from './describe-change.js';
import { CLASSIFICATION } from './change.js';
import type { ApiChange, ChangeKind, ChangeLocation } from './change.js';

function locationOf(kind: ChangeKind): ChangeLocation {
  if (kind.startsWith('param-')) return 'params';
  if (kind.startsWith('result-')) return 'result';
  if (kind.startsWith('type-field-')) return 'fields';
  if (kind.startsWith('type-')) return 'type';
  if (kind.startsWith('error-')) return 'errors';
  return 'method';
}

describe('describeChange', () => {
  it('has a specific phrase for every kind that is not docs text', () => {
    for (const kind of Object.keys(CLASSIFICATION) as ChangeKind[]) {
      if (CLASSIFICATION[kind] === 'docs') continue;
      const change: ApiChange = { section: 's', subject: 'm', kind, impact: CLASSIFICATION[kind], location: locationOf(kind), path: 'p', from: 'A', to: 'B', errorCode: '0', errorMessage: 'E' };
      const phrase = describeChange(change, (text) => `<${text}>`);
      expect(phrase, kind).not.toMatch(/text changed$/);
      expect(phrase.length, kind).toBeGreaterThan(5);
    }
  });

  it('names the path, the types and the error', () => {
    const base = { section: 's', subject: 'm', impact: 'breaking' as const };
    expect(describeChange({ ...base, kind: 'param-type-narrowed', location: 'params', path: 'fields.id', from: 'a | b', to: 'a' }, (t) => `[${t}]`)).toBe(
      'param [fields.id] type narrowed: [a | b] → [a]',
    );
    expect(describeChange({ ...base, kind: 'error-added', location: 'errors', errorCode: '0', errorMessage: 'Group id not found' }, (t) => t)).toBe(
      'error 0 Group id not found added',
    );
    expect(describeChange({ ...base, kind: 'result-field-removed', location: 'response', path: 'total' }, (t) => t)).toBe('response key total removed');
  });
});
