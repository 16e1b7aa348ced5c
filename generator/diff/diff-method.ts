import type { IrMethod } from '../ir/types.js';
import type { ChangeDraft } from './change.js';
import { compareTypes, typeChangeLabels } from './compare-types.js';
import { diffErrors } from './diff-errors.js';
import { diffFields } from './diff-fields.js';
import { diffKeyPatterns, diffParamSets, diffRequiredOneOf } from './diff-key-patterns.js';
import { sameDocsText } from './docs-text.js';
import { compareCodeUnits } from '../compare-code-units.js';

/** Every difference between two versions of one method (same key). */
export function diffMethod(old: IrMethod, current: IrMethod): ChangeDraft[] {
  const drafts: ChangeDraft[] = [];
  const docs = (detail: ChangeDraft['detail'], from?: string, to?: string): void => {
    const draft: ChangeDraft = { kind: 'method-docs-changed', location: 'method' };
    if (detail !== undefined) draft.detail = detail;
    if (from !== undefined) draft.from = from;
    if (to !== undefined) draft.to = to;
    drafts.push(draft);
  };

  if (old.deprecated === undefined && current.deprecated !== undefined) {
    const draft: ChangeDraft = { kind: 'method-deprecated', location: 'method' };
    if (current.deprecated.replacement !== undefined) draft.to = current.deprecated.replacement;
    drafts.push(draft);
  } else if (old.deprecated !== undefined && current.deprecated === undefined) {
    drafts.push({ kind: 'method-undeprecated', location: 'method' });
  } else if (old.deprecated !== undefined && current.deprecated !== undefined && !sameDocsText(old.deprecated.message, current.deprecated.message)) {
    docs('deprecation-note');
  }

  const oldScope = [...old.scope].sort(compareCodeUnits).join(', ');
  const newScope = [...current.scope].sort(compareCodeUnits).join(', ');
  if (oldScope !== newScope) drafts.push({ kind: 'method-scope-changed', location: 'method', from: oldScope, to: newScope });

  const resultRelation = compareTypes(old.resultType, current.resultType);
  if (resultRelation !== 'same') {
    drafts.push({ kind: `result-type-${resultRelation}`, location: 'result', ...typeChangeLabels(old.resultType, current.resultType) });
  }

  drafts.push(...diffFields(old.params, current.params, 'param', 'params'));
  drafts.push(...diffKeyPatterns(old.keyPatterns ?? [], current.keyPatterns ?? [], 'param', 'params'));
  drafts.push(...diffRequiredOneOf(old.requiredOneOf ?? [], current.requiredOneOf ?? [], 'param', 'params'));
  drafts.push(...diffParamSets(old.paramSets ?? [], current.paramSets ?? []));
  drafts.push(...diffFields(old.result, current.result, 'result-field', 'result'));
  drafts.push(...diffKeyPatterns(old.resultKeyPatterns ?? [], current.resultKeyPatterns ?? [], 'result-field', 'result'));
  drafts.push(...diffFields(old.responseExtras ?? [], current.responseExtras ?? [], 'result-field', 'response'));
  drafts.push(...diffErrors(old.errors, current.errors));

  if (old.section !== current.section) docs('section', old.section, current.section);
  if (!sameDocsText(old.title, current.title)) docs('title', old.title, current.title);
  if (!sameDocsText(old.access, current.access)) docs('access');
  if (!sameDocsText(old.description, current.description)) docs('description');
  return drafts;
}
