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

/**
 * A param marked required whose own description takes the mark back under a condition
 * ("required only for webhooks", "optional if the file is uploaded via URL", "relevant only for
 * services of type `enum`"): the page's `****` mark in words.
 */
const CONDITIONALLY_REQUIRED = [
  /\b(?:required|needed|mandatory)\s+only\s+(?:for|if|when|in)\b/i,
  /\bonly\s+required\s+(?:for|if|when|in)\b/i,
  /\bnot\s+required\s+(?:if|when)\b/i,
  /\boptional\s+(?:if|when|for)\b/i,
  /\brelevant\s+only\s+(?:for|if|when|to)\b/i,
];

export function saysConditionallyRequired(description: string): boolean {
  return CONDITIONALLY_REQUIRED.some((re) => re.test(description));
}

/** Makes, in place and recursively, the required params so described conditionally required. */
export function markConditionalParams(fields: readonly Field[]): void {
  for (const f of fields) {
    if (f.required && saysConditionallyRequired(f.description)) {
      f.required = false;
      f.requiredMark = 'conditional';
    }
    if (f.fields) markConditionalParams(f.fields);
    for (const k of f.keyPatterns ?? []) if (k.fields) markConditionalParams(k.fields);
  }
}
