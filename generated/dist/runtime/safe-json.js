import { isRecord } from './values.js';
export const DEFAULT_MAX_JSON_LENGTH = 64 * 1024 * 1024;
export const DEFAULT_MAX_JSON_DEPTH = 64;
// Keys that let a later merge or assignment reach Object.prototype.
const POISONED_KEY = /^(__proto__|constructor|prototype)$/;
/** True for keys that must never be written into an object built from untrusted input. */
export function isUnsafeKey(key) {
    return POISONED_KEY.test(key);
}
/** Depth of the deepest array/object, scanning outside strings; stops early past `limit`. */
function exceedsDepth(text, limit) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++; // skip the escaped character
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22)
            inString = true;
        else if (c === 0x7b || c === 0x5b) {
            if (++depth > limit)
                return true;
        }
        else if (c === 0x7d || c === 0x5d)
            depth--;
    }
    return false;
}
function stripPoisonedKeys(_key, value) {
    if (isRecord(value)) {
        for (const k of Object.keys(value))
            if (POISONED_KEY.test(k))
                delete value[k];
    }
    return value;
}
/**
 * JSON.parse that never throws, refuses oversized or over-deep input before parsing it (deep input
 * would otherwise overflow the stack), and drops `__proto__`/`constructor`/`prototype` keys so the
 * value is safe to spread or merge.
 */
export function safeJsonParse(text, limits = {}) {
    const { maxLength = DEFAULT_MAX_JSON_LENGTH, maxDepth = DEFAULT_MAX_JSON_DEPTH } = limits;
    const fail = (reason, message) => ({ ok: false, reason, message });
    if (text.length > maxLength)
        return fail('too-large', `JSON longer than ${maxLength} characters`);
    if (exceedsDepth(text, maxDepth))
        return fail('too-deep', `JSON deeper than ${maxDepth} levels`);
    try {
        // The reviver costs time, so use it only when a poisoned key could be present (also escaped).
        return { ok: true, value: /proto|constructor|\\u/.test(text) ? JSON.parse(text, stripPoisonedKeys) : JSON.parse(text) };
    }
    catch (e) {
        // JSON.parse throws only Errors (SyntaxError, or RangeError past the stack).
        return fail('invalid', e.message);
    }
}
