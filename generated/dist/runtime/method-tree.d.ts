import type { B24Core, CallOptions } from './core.js';
import type { BatchOptions } from './batch.js';
/**
 * The method names as a tree of name segments, generated per package: a leaf is a method key;
 * `''` marks a node that is itself a method (`crm.item` beside `crm.item.list`).
 */
export type MethodTree = {
    readonly [segment: string]: string | MethodTree;
};
/** The untyped members of a generated client; the generated `createClient` gives them their types. */
export interface TreeClient {
    readonly core: B24Core;
    call(method: string, params?: unknown, options?: CallOptions): Promise<unknown>;
    batch(commands: Readonly<Record<string, readonly [string, unknown]>>, options?: BatchOptions): Promise<unknown>;
    iterate(method: string, params?: unknown, options?: CallOptions): AsyncIterable<unknown>;
    readonly [namespace: string]: unknown;
}
/** A REST 3.0 page whose name also has a classic page is keyed `name@v3`; the wire name has no suffix. */
export declare function wireNameOf(key: string): string;
/**
 * A client over a core: `call`, `batch`, `iterate` by method key, and one nested namespace per
 * method name (`client.tasks.api.scrum.backlog.add(params)`). `v3Keys` are the keys of REST 3.0
 * methods, called under `/rest/api/`.
 */
export declare function bindMethodTree(core: B24Core, tree: MethodTree, v3Keys: ReadonlySet<string>): TreeClient;
