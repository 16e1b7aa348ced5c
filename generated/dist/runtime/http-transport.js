/** Thrown when a response body exceeds `maxResponseBytes`. */
export class ResponseTooLargeError extends Error {
    name = 'ResponseTooLargeError';
}
/** The default transport, on top of fetch. Network failures surface as fetch throws them; the core
 *  classifies them. */
export function createFetchTransport(options = {}) {
    const maxBytes = options.maxResponseBytes ?? 64 * 1024 * 1024;
    return {
        async send(request) {
            // The request has fetch's field names already; a GET (token renewal) must carry no body at all, not even ''.
            const response = await (options.fetch ?? globalThis.fetch)(request.url, { ...request, redirect: 'manual', body: request.body || null });
            // Headers iterate with lower-case names.
            return { status: response.status, headers: Object.fromEntries(response.headers), body: await readLimited(response, maxBytes) };
        },
    };
}
async function readLimited(response, maxBytes) {
    const tooLarge = async (stream) => {
        await stream?.cancel().catch(() => undefined);
        throw new ResponseTooLargeError(`response body exceeds ${maxBytes} bytes`);
    };
    // A declared length over the limit fails before a byte is read.
    if (Number(response.headers.get('content-length')) > maxBytes)
        await tooLarge(response.body);
    if (response.body === null)
        return '';
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let received = 0;
    let text = '';
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            return text + decoder.decode();
        received += value.byteLength;
        if (received > maxBytes)
            await tooLarge(reader);
        text += decoder.decode(value, { stream: true });
    }
}
