/**
 * Result fields the portal sends only sometimes, as their description says ("returned only if a
 * photo has been uploaded", "exists only in deals", "it comes only for files", "not always
 * present"). Marked `requiredMark: 'conditional'` so that emit can leave them optional in result
 * types, which otherwise mark every documented field present.
 */
import type { Field } from '../../ir/types.js';

const CONDITIONAL = [
  /\b(?:returned|present|exists?|comes|included|available|filled)\s+only\b/i,
  /\bonly\s+(?:returned\s+|present\s+)?(?:for|in|if|when)\b/i,
  /\b(?:is\s+)?(?:returned|present)\s+(?:if|when|in case)\b/i,
  /\bnot always (?:present|returned)\b/i,
  /\bmay be (?:absent|missing|omitted)\b/i,
  /\(if any\)/i,
];

/** Whether a description says the field is in the response only under some condition. */
export function saysConditionalPresence(description: string): boolean {
  return CONDITIONAL.some((re) => re.test(description));
}

/** Marks, in place and recursively (key-family values too), the result fields so described. */
export function markConditionalFields(fields: readonly Field[]): void {
  for (const f of fields) {
    if (!f.required && f.requiredMark !== 'required' && saysConditionalPresence(f.description)) f.requiredMark = 'conditional';
    if (f.fields) markConditionalFields(f.fields);
    for (const k of f.keyPatterns ?? []) if (k.fields) markConditionalFields(k.fields);
  }
}
