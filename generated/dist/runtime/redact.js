import { scalarText } from './values.js';
export const REDACTED = '[REDACTED]';
// Short values would match innocent text; real webhook codes and tokens are far longer.
const MIN_SECRET_LENGTH = 6;
export function createRedactor() {
    const secrets = new Set();
    const redactor = {
        add(secret) {
            if (secret === undefined || secret.length < MIN_SECRET_LENGTH)
                return;
            secrets.add(secret);
            secrets.add(encodeURIComponent(secret));
        },
        // Longest first, so a secret that contains another is removed whole.
        redact: (text) => [...secrets].sort((a, b) => b.length - a.length).reduce((out, s) => out.split(s).join(REDACTED), text),
        sanitizeCause: (cause) => sanitize(cause, redactor, 0),
    };
    return redactor;
}
function sanitize(cause, redactor, depth) {
    if (cause === undefined || cause === null || depth > 3)
        return undefined;
    // A thrown string (or number…) becomes the message of a cause named after its type.
    const c = (typeof cause === 'object' ? cause : { name: typeof cause, message: String(cause) });
    const code = scalarText(c.code);
    const inner = sanitize(c.cause, redactor, depth + 1);
    return {
        name: scalarText(c.name) || 'Error',
        message: redactor.redact(scalarText(c.message)),
        ...(code !== '' && { code: redactor.redact(code) }),
        ...(inner !== undefined && { cause: inner }),
    };
}
