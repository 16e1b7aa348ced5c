import type { ApiChange, ChangeLocation } from './change.js';

const NOUN: Readonly<Record<ChangeLocation, string>> = {
  method: 'method',
  type: 'type',
  params: 'param',
  result: 'result field',
  response: 'response key',
  fields: 'field',
  errors: 'error',
};

/**
 * One change as a short phrase without its subject ("param `fields.groupId` removed"). `code`
 * formats docs-derived values (identity for plain text, `mdCode` for Markdown).
 */
export function describeChange(change: ApiChange, code: (text: string) => string): string {
  const arrow = (): string => `${code(change.from ?? '')} → ${code(change.to ?? '')}`;
  if (change.location === 'errors') {
    const error = `error ${code(change.errorCode ?? '')} ${code(change.errorMessage ?? '')}`;
    if (change.kind === 'error-added') return `${error} added`;
    if (change.kind === 'error-removed') return `${error} removed`;
    return change.detail === 'http-status' ? `${error}: HTTP status ${arrow()}` : `${error}: ${change.detail ?? 'text'} changed`;
  }
  const noun = NOUN[change.location];
  const target = change.path === undefined ? noun : `${noun} ${code(change.path)}`;
  const kind = change.kind;
  if (kind === 'method-added' || kind === 'type-added') return `${noun} added`;
  if (kind === 'method-removed' || kind === 'type-removed') return `${noun} removed`;
  if (kind === 'method-deprecated') return change.to === undefined ? 'method deprecated' : `method deprecated, replacement ${code(change.to)}`;
  if (kind === 'method-undeprecated') return 'method no longer deprecated';
  if (kind === 'method-renamed') return `method renamed: ${arrow()}`;
  if (kind === 'method-scope-changed') return `scope ${arrow()}`;
  if (kind.startsWith('result-type-')) return `result type ${kind.slice('result-type-'.length)}: ${arrow()}`;
  if (kind.includes('-key-pattern-')) {
    const family = `${noun} key family ${code(change.path ?? '')}`;
    return kind.endsWith('-added') ? `${family} added (${code(change.to ?? '')})` : `${family} removed`;
  }
  if (kind === 'param-call-way-added') return `way to call with ${code(change.to ?? '')} added`;
  if (kind === 'param-call-way-removed') return `way to call with ${code(change.from ?? '')} removed`;
  if (kind.includes('-key-prefix-')) {
    const operator = `${noun} ${code(change.path ?? '')}`;
    if (kind.endsWith('-added')) return `${operator}: filter operator added (${change.to ?? ''})`;
    if (kind.endsWith('-removed')) return `${operator}: filter operator removed`;
    return `${operator}: filter operator takes ${arrow()}`;
  }
  if (kind.includes('-required-one-of-')) {
    const where = change.path === undefined ? `${noun}s` : `${noun} ${code(change.path)}`;
    if (kind.endsWith('-added')) return `${where}: at least one of ${code(change.to ?? '')} now required`;
    if (kind.endsWith('-removed')) return `${where}: at least one of ${code(change.from ?? '')} no longer required`;
    return `${where}: at-least-one group ${kind.endsWith('-widened') ? 'widened' : 'narrowed'}: ${arrow()}`;
  }
  if (kind.endsWith('-added-required')) return `required ${target} added (${code(change.to ?? '')})`;
  if (kind.endsWith('-enum-value-added')) return `${target}: enum value ${code(change.to ?? '')} added`;
  if (kind.endsWith('-enum-value-removed')) return `${target}: enum value ${code(change.from ?? '')} removed`;
  if (kind.endsWith('-added')) return `${target} added (${code(change.to ?? '')})`;
  if (kind.endsWith('-removed')) return `${target} removed`;
  if (kind.endsWith('-made-required')) return `${target} is now required`;
  if (kind.endsWith('-made-optional')) return `${target} is now optional`;
  if (kind.endsWith('-type-widened')) return `${target} type widened: ${arrow()}`;
  if (kind.endsWith('-type-narrowed')) return `${target} type narrowed: ${arrow()}`;
  if (kind.endsWith('-type-changed')) return `${target} type changed: ${arrow()}`;
  if (kind.endsWith('-type-resolved')) return `${target} type now decoded: ${arrow()}`;
  if (kind.endsWith('-undeprecated')) return `${target} no longer deprecated`;
  if (kind.endsWith('-deprecated')) return `${target} deprecated`;
  const detail = change.detail ?? 'text';
  if (change.from !== undefined || change.to !== undefined) return `${target} ${detail}: ${arrow()}`;
  return `${target} ${detail} changed`;
}
