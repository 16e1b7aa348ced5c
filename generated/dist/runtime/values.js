/** Reading values of unknown shape (parsed JSON, thrown things) without trusting them. */
/** A plain object (not null, not an array). */
export function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** A scalar as text; null, undefined, objects and arrays as ''. Objects are never stringified:
 *  their own `toString` could throw or say anything. */
export function scalarText(value) {
    return typeof value === 'object' ? '' : String(value ?? ''); // typeof null is 'object'
}
