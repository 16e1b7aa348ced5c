/** Reading values of unknown shape (parsed JSON, thrown things) without trusting them. */
/** A plain object (not null, not an array). */
export declare function isRecord(value: unknown): value is Record<string, unknown>;
/** A scalar as text; null, undefined, objects and arrays as ''. Objects are never stringified:
 *  their own `toString` could throw or say anything. */
export declare function scalarText(value: unknown): string;
