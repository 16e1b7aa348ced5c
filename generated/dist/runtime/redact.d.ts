/** Remembers every secret the client has used and scrubs them out of text meant for errors. */
export interface Redactor {
    add(secret: string | undefined): void;
    redact(text: string): string;
    /** A plain, secret-free copy of a thrown value, fit to keep as `B24Error.cause`. */
    sanitizeCause(cause: unknown): SanitizedCause | undefined;
}
export interface SanitizedCause {
    readonly name: string;
    readonly message: string;
    readonly code?: string;
    readonly cause?: SanitizedCause;
}
export declare const REDACTED: string;
export declare function createRedactor(): Redactor;
