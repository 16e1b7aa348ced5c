/** A REST 3.0 page whose name also has a classic page is keyed `name@v3`; the wire name has no suffix. */
export function wireNameOf(key) {
    return key.endsWith('@v3') ? key.slice(0, -3) : key;
}
/** Not Object.assign: a function's own `name` and `length` are read-only, and methods may be called that. */
function withMembers(target, members) {
    for (const [key, value] of Object.entries(members))
        Object.defineProperty(target, key, { value, enumerable: true });
    return target;
}
function bindTree(tree, invoke) {
    const out = {};
    for (const [segment, value] of Object.entries(tree)) {
        if (segment === '')
            continue;
        let member;
        if (typeof value === 'string') {
            member = (params, options) => invoke(value, params, options);
        }
        else {
            const children = bindTree(value, invoke);
            const self = value[''];
            member =
                typeof self === 'string' ? withMembers((params, options) => invoke(self, params, options), children) : children;
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
export function bindMethodTree(core, tree, v3Keys) {
    const optionsFor = (key, options) => v3Keys.has(key) ? { ...options, apiVersion: 'v3' } : options;
    const invoke = (key, params, options) => core.call(wireNameOf(key), params ?? {}, optionsFor(key, options));
    const members = {
        ...bindTree(tree, invoke),
        core,
        call: (method, params, options) => invoke(method, params, options),
        batch: (commands, options) => {
            const wire = {};
            for (const [name, [method, params]] of Object.entries(commands))
                wire[name] = [wireNameOf(method), params ?? {}];
            return core.batch(wire, options);
        },
        iterate: (method, params, options) => core.iterate(wireNameOf(method), params ?? {}, optionsFor(method, options)),
    };
    return members;
}
