import type { IrError } from '../ir/types.js';
import type { ChangeDraft } from './change.js';
import { sameDocsText } from './docs-text.js';
import { compareCodeUnits } from '../compare-code-units.js';

/** An error is identified by what the wire carries: code and message. */
function errorKey(error: IrError): string {
  return `${error.code.trim()}\u0000${error.message.trim()}`;
}

function byKey(errors: readonly IrError[]): Map<string, IrError> {
  const map = new Map<string, IrError>();
  for (const error of errors) if (!map.has(errorKey(error))) map.set(errorKey(error), error);
  return map;
}

/** Errors added and removed (by code + message), and explanation or HTTP status changes of the ones kept. */
export function diffErrors(from: readonly IrError[], to: readonly IrError[]): ChangeDraft[] {
  const before = byKey(from);
  const after = byKey(to);
  const drafts: ChangeDraft[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort(compareCodeUnits)) {
    const old = before.get(key);
    const current = after.get(key);
    const sample = current ?? old;
    if (sample === undefined) continue;
    const identity = { location: 'errors' as const, errorCode: sample.code.trim(), errorMessage: sample.message.trim() };
    if (old === undefined) drafts.push({ kind: 'error-added', ...identity });
    else if (current === undefined) drafts.push({ kind: 'error-removed', ...identity });
    else {
      if (old.httpStatus !== current.httpStatus) {
        drafts.push({ kind: 'error-docs-changed', ...identity, detail: 'http-status', from: String(old.httpStatus ?? ''), to: String(current.httpStatus ?? '') });
      }
      if (!sameDocsText(old.description, current.description)) drafts.push({ kind: 'error-docs-changed', ...identity, detail: 'description' });
    }
  }
  return drafts;
}
