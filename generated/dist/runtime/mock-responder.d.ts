/** A method's documented behaviour: its example 200 body and its documented errors. */
export interface MethodFixture {
    /** The whole documented 200 body `{result, time, …}` (a body without `result` is wrapped). */
    response?: unknown;
    errors?: ReadonlyArray<{
        code: string;
        message: string;
        status?: number;
    }>;
}
/** An error to answer with instead of the fixture; `message`/`status` default to the documented ones. */
export interface MockFailure {
    code: string;
    message?: string;
    status?: number;
}
/** An explicit reply from a handler (otherwise a handler's return value is the `result`). */
export interface MockReply {
    readonly status: number;
    readonly body: unknown;
}
export interface MockCallContext {
    readonly method: string;
    readonly apiVersion: 'v2' | 'v3';
}
/** Dynamic behaviour for a method (paging, counting writes). Return a result, or a MockReply. */
export type MockHandler = (params: unknown, context: MockCallContext) => unknown;
export interface MockResponderOptions {
    readonly fixtures: Readonly<Record<string, MethodFixture>>;
    readonly fail?: Readonly<Record<string, MockFailure>>;
    readonly handlers?: Readonly<Record<string, MockHandler>>;
}
export interface MockAnswer {
    readonly status: number;
    readonly body: unknown;
}
/** Mark a handler's return value as a whole reply rather than a `result`. */
export declare function mockReply(status: number, body: unknown): MockReply;
/** Answers REST calls from fixtures, the same way for the in-process mock transport and the HTTP mock server. */
export interface MockResponder {
    answer(method: string, params: unknown, apiVersion: 'v2' | 'v3'): MockAnswer;
}
export declare function createMockResponder(options: MockResponderOptions): MockResponder;
