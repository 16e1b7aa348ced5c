/** The parts of an inbound webhook URL `https://<portal>/rest/<user>/<secret>/`. */
export interface WebhookUrl {
    /** `https://portal.bitrix24.com` (plus any path prefix before `/rest/`). */
    readonly origin: string;
    readonly userId: string;
    readonly secret: string;
    /** Base for REST 2 calls: `<origin>/rest/<user>/<secret>/`. */
    readonly v2Base: string;
    /** Base for REST 3.0 calls: `<origin>/rest/api/<user>/<secret>/`. */
    readonly v3Base: string;
}
/** True for hosts that never leave the machine, where plain http cannot be sniffed. */
export declare function isLoopbackHost(hostname: string): boolean;
/** `raw` as a URL the client may send credentials to; `what` names the option and `form` what it
 *  should look like in the error. */
export declare function parseSecureUrl(raw: string, what: string, form: string): URL;
/** Split and validate an inbound webhook URL. Throws a B24Error (without the secret) when malformed. */
export declare function parseWebhookUrl(raw: string): WebhookUrl;
