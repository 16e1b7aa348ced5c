import type { B24Core, CallOptions, MethodCallOptions } from './core.js';
import type { BatchOptions } from './batch.js';

/**
 * The method names as a tree of name segments, generated per package: a leaf is a method key;
 * `''` marks a node that is itself a method (`crm.item` beside `crm.item.list`).
 */
export type MethodTree = { readonly [segment: string]: string | MethodTree };

/** The untyped members of a generated client; the generated `createClient` gives them their types. */
export interface TreeClient {
  readonly core: B24Core;
  call(method: string, params?: unknown, options?: CallOptions): Promise<unknown>;
  batch(commands: Readonly<Record<string, readonly [string, unknown]>>, options?: BatchOptions): Promise<unknown>;
  iterate(method: string, params?: unknown, options?: CallOptions): AsyncIterable<unknown>;
  readonly [namespace: string]: unknown;
}

type Invoke = (key: string, params: unknown, options?: CallOptions) => Promise<unknown>;

/** A REST 3.0 page whose name also has a classic page is keyed `name@v3`; the wire name has no suffix. */
export function wireNameOf(key: string): string {
  return key.endsWith('@v3') ? key.slice(0, -3) : key;
}

/** Not Object.assign: a function's own `name` and `length` are read-only, and methods may be called that. */
function withMembers<T extends object>(target: T, members: Record<string, unknown>): T {
  for (const [key, value] of Object.entries(members)) Object.defineProperty(target, key, { value, enumerable: true });
  return target;
}

function bindTree(tree: MethodTree, invoke: Invoke): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [segment, value] of Object.entries(tree)) {
    if (segment === '') continue;
    let member: unknown;
    if (typeof value === 'string') {
      member = (params?: unknown, options?: CallOptions): Promise<unknown> => invoke(value, params, options);
    } else {
      const children = bindTree(value, invoke);
      const self = value[''];
      member =
        typeof self === 'string' ? withMembers((params?: unknown, options?: CallOptions): Promise<unknown> => invoke(self, params, options), children) : children;
    }
    // defineProperty, so that a segment named __proto__ stays a plain member
    Object.defineProperty(out, segment, { value: member, enumerable: true });
  }
  return out;
}

/**
 * A client over a core: `call`, `batch`, `iterate` by method key, and one nested namespace per
 * method name (`client.tasks.api.scrum.backlog.add(params)`). `v3Keys` are the keys of REST 3.0
 * methods, called under `/rest/api/`.
 */
export function bindMethodTree(core: B24Core, tree: MethodTree, v3Keys: ReadonlySet<string>): TreeClient {
  const optionsFor = (key: string, options: CallOptions | undefined): MethodCallOptions | undefined =>
    v3Keys.has(key) ? { ...options, apiVersion: 'v3' } : options;
  const invoke: Invoke = (key, params, options) => core.call(wireNameOf(key), params ?? {}, optionsFor(key, options));
  const members: TreeClient = {
    ...bindTree(tree, invoke),
    core,
    call: (method, params, options) => invoke(method, params, options),
    batch: (commands, options) => {
      const wire: Record<string, readonly [string, unknown]> = {};
      for (const [name, [method, params]] of Object.entries(commands)) wire[name] = [wireNameOf(method), params ?? {}];
      return core.batch(wire, options);
    },
    iterate: (method, params, options) => core.iterate(wireNameOf(method), params ?? {}, optionsFor(method, options)),
  };
  return members;
}
