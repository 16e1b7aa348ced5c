import type { Transport } from './transport.js';
/** What the adapter needs of an `@bitrix24/b24jssdk` result (AjaxResult). */
export interface B24JssdkResultLike {
    /** The whole envelope `{result, total?, next?, time}`. */
    getData(): unknown;
}
/** What the adapter needs of an `@bitrix24/b24jssdk` instance (B24Hook, B24Frame, B24OAuth…). */
export interface B24JssdkLike {
    callMethod(method: string, params?: object, start?: number): Promise<B24JssdkResultLike>;
}
/**
 * A Transport that hands each call to an existing b24jssdk instance, which then owns auth, its own
 * rate limiting and renewal. Use with `createCore({ transport, rateLimit: false, retries: 0 })` so
 * the two layers do not both throttle and retry.
 */
export declare function createB24JssdkTransport(sdk: B24JssdkLike): Transport;
