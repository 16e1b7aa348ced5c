/**
 * Result fields the portal sends only sometimes, as their description says ("returned only if a
 * photo has been uploaded", "exists only in deals", "it comes only for files", "not always
 * present"). Marked `requiredMark: 'conditional'` so that emit can leave them optional in result
 * types, which otherwise mark every documented field present.
 */
import type { Field } from '../../ir/types.js';
import { isPlainObject } from './example-refine.js';

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

/**
 * Result fields that some items of a list show and others lack (`disk.folder.getChildren`: files
 * have `SIZE`, folders do not; `im.search.last.get`: chats have no `user`) are conditional, as
 * the response example proves they are not always there. `value` is the example's `result`;
 * nested fields are compared across every value their parents show. Not for a response that
 * stands `...` for what it leaves out (`{"ID": "199", ...}`): its items are cut short on purpose.
 */
export function markFieldsSomeItemsLack(fields: readonly Field[], value: unknown): void {
  const items = (Array.isArray(value) ? value : [value]).filter(isPlainObject);
  for (const f of fields) {
    const shown = items.filter((item) => Object.prototype.hasOwnProperty.call(item, f.name)).map((item) => item[f.name]);
    if (items.length >= 2 && shown.length > 0 && shown.length < items.length && f.requiredMark !== 'required') f.requiredMark = 'conditional';
    if (f.fields) markFieldsSomeItemsLack(f.fields, shown.flatMap((v) => (Array.isArray(v) ? v : [v])));
  }
}
