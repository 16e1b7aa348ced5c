/** Limits for parsing untrusted JSON (portal responses, mock-server request bodies). */
export interface SafeJsonLimits {
    /** Largest accepted text, in UTF-16 code units (a cheap stand-in for bytes). */
    readonly maxLength?: number;
    /** Deepest accepted nesting of arrays/objects. */
    readonly maxDepth?: number;
}
export type SafeJsonResult = {
    readonly ok: true;
    readonly value: unknown;
} | {
    readonly ok: false;
    readonly reason: 'too-large' | 'too-deep' | 'invalid';
    readonly message: string;
};
export declare const DEFAULT_MAX_JSON_LENGTH: number;
export declare const DEFAULT_MAX_JSON_DEPTH: number;
/** True for keys that must never be written into an object built from untrusted input. */
export declare function isUnsafeKey(key: string): boolean;
/**
 * JSON.parse that never throws, refuses oversized or over-deep input before parsing it (deep input
 * would otherwise overflow the stack), and drops `__proto__`/`constructor`/`prototype` keys so the
 * value is safe to spread or merge.
 */
export declare function safeJsonParse(text: string, limits?: SafeJsonLimits): SafeJsonResult;
