import type { B24Core, B24Error, CallOptions, ClientOptions } from './runtime/index.js';
import type * as SonetGroup from './methods/sonet-group.js';
/** Every method by its key: params, result, documented error keys and call arguments. */
export interface MethodMap {
    'tasks.api.scrum.backlog.add': {
        params: SonetGroup.TasksApiScrumBacklogAddParams;
        result: SonetGroup.TasksApiScrumBacklogAddResult;
        errors: SonetGroup.TasksApiScrumBacklogAddError;
        args: [params: SonetGroup.TasksApiScrumBacklogAddParams, options?: CallOptions];
    };
    'tasks.api.scrum.backlog.delete': {
        params: SonetGroup.TasksApiScrumBacklogDeleteParams;
        result: SonetGroup.TasksApiScrumBacklogDeleteResult;
        errors: SonetGroup.TasksApiScrumBacklogDeleteError;
        args: [params: SonetGroup.TasksApiScrumBacklogDeleteParams, options?: CallOptions];
    };
    'tasks.api.scrum.backlog.get': {
        params: SonetGroup.TasksApiScrumBacklogGetParams;
        result: SonetGroup.TasksApiScrumBacklogGetResult;
        errors: SonetGroup.TasksApiScrumBacklogGetError;
        args: [params: SonetGroup.TasksApiScrumBacklogGetParams, options?: CallOptions];
    };
    'tasks.api.scrum.backlog.getFields': {
        params: SonetGroup.TasksApiScrumBacklogGetFieldsParams;
        result: SonetGroup.TasksApiScrumBacklogGetFieldsResult;
        errors: never;
        args: [params?: SonetGroup.TasksApiScrumBacklogGetFieldsParams, options?: CallOptions];
    };
    'tasks.api.scrum.backlog.update': {
        params: SonetGroup.TasksApiScrumBacklogUpdateParams;
        result: SonetGroup.TasksApiScrumBacklogUpdateResult;
        errors: SonetGroup.TasksApiScrumBacklogUpdateError;
        args: [params: SonetGroup.TasksApiScrumBacklogUpdateParams, options?: CallOptions];
    };
}
export type MethodName = keyof MethodMap;
export type ParamsOf<M extends MethodName> = MethodMap[M]['params'];
export type ResultOf<M extends MethodName> = MethodMap[M]['result'];
export type ErrorsOf<M extends MethodName> = MethodMap[M]['errors'];
/** List methods that `iterate` can walk, with the type of one item. */
export interface ListMethodMap {
}
export type ListMethodName = keyof ListMethodMap;
export type ItemOf<M extends ListMethodName> = ListMethodMap[M]['item'];
/** One command of a batch: `[method, params]`. */
export type BatchCommand = {
    [M in MethodName]: readonly [method: M, params: ParamsOf<M>];
}[MethodName];
export interface BatchOptions {
    halt?: boolean;
    signal?: AbortSignal;
}
export interface BatchResult<C extends Readonly<Record<string, BatchCommand>>> {
    result: {
        [K in keyof C]?: ResultOf<C[K][0]>;
    };
    errors: {
        [K in keyof C]?: B24Error;
    };
}
/** The methods as nested namespaces: `client.tasks.api.scrum.backlog.add(params)`. */
export interface ClientNamespaces {
    tasks: {
        api: {
            scrum: {
                backlog: {
                    /**
                     * Create a Scrum Backlog tasks.api.scrum.backlog.add
                     * @see {@link https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-add.html}
                     */
                    add: (params: SonetGroup.TasksApiScrumBacklogAddParams, options?: CallOptions) => Promise<SonetGroup.TasksApiScrumBacklogAddResult>;
                    /**
                     * Remove a Scrum Backlog tasks.api.scrum.backlog.delete
                     * @see {@link https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-delete.html}
                     */
                    delete: (params: SonetGroup.TasksApiScrumBacklogDeleteParams, options?: CallOptions) => Promise<SonetGroup.TasksApiScrumBacklogDeleteResult>;
                    /**
                     * Read the Backlog of a Scrum tasks.api.scrum.backlog.get
                     * @see {@link https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get.html}
                     */
                    get: (params: SonetGroup.TasksApiScrumBacklogGetParams, options?: CallOptions) => Promise<SonetGroup.TasksApiScrumBacklogGetResult>;
                    /**
                     * List the Fields of a Backlog tasks.api.scrum.backlog.getFields
                     * @see {@link https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get-fields.html}
                     */
                    getFields: (params?: SonetGroup.TasksApiScrumBacklogGetFieldsParams, options?: CallOptions) => Promise<SonetGroup.TasksApiScrumBacklogGetFieldsResult>;
                    /**
                     * Change a Scrum Backlog tasks.api.scrum.backlog.update
                     * @see {@link https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-update.html}
                     */
                    update: (params: SonetGroup.TasksApiScrumBacklogUpdateParams, options?: CallOptions) => Promise<SonetGroup.TasksApiScrumBacklogUpdateResult>;
                };
            };
        };
    };
}
export interface B24Client extends ClientNamespaces {
    /** The untyped core, for the standalone method functions. */
    readonly core: B24Core;
    /** One call, typed by the method name. */
    call<M extends MethodName>(method: M, ...args: MethodMap[M]['args']): Promise<ResultOf<M>>;
    /** Several calls in one request (the runtime splits more than 50 commands). */
    batch<const C extends Readonly<Record<string, BatchCommand>>>(commands: C, options?: BatchOptions): Promise<BatchResult<C>>;
    /** Every item of a list method, page after page. */
    iterate<M extends ListMethodName>(method: M, params?: ParamsOf<M>, options?: CallOptions): AsyncIterable<ItemOf<M>>;
}
/** A typed client over the runtime core: `call`, `batch`, `iterate` and one namespace per method name. */
export declare function createClient(options: ClientOptions): B24Client;
