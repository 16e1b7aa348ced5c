import { bindMethodTree, createCore } from './runtime/index.js';
const V3_KEYS = new Set();
const V3_METHODS = new Set();
const PARAM_ORDERS = {};
const METHOD_TREE = {
    tasks: {
        api: {
            scrum: {
                backlog: {
                    add: 'tasks.api.scrum.backlog.add',
                    delete: 'tasks.api.scrum.backlog.delete',
                    get: 'tasks.api.scrum.backlog.get',
                    getFields: 'tasks.api.scrum.backlog.getFields',
                    update: 'tasks.api.scrum.backlog.update',
                },
            },
        },
    },
};
/** A typed client over the runtime core: `call`, `batch`, `iterate` and one namespace per method name. */
export function createClient(options) {
    const core = createCore({ ...options, v3Methods: options.v3Methods ?? V3_METHODS, paramOrders: options.paramOrders ?? PARAM_ORDERS });
    return bindMethodTree(core, METHOD_TREE, V3_KEYS);
}
