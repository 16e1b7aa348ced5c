/** Printing `src/client.ts`, one part: the method map, the typed client and its namespace tree. */
import { StructureKind, type CodeBlockWriter, type FunctionDeclarationStructure, type WriterFunction } from 'ts-morph';
import type { ClientMethod, ClientModuleInput, ClientTreeNode } from './client-module.js';
import { propertyKey, stringLiteral } from './escape.js';
import { literalKey } from './literal.js';
import { methodModuleFile } from './method-module.js';
import { relativeImport } from './module-path.js';
import { HEADER, joinModule, type ModuleViews } from './module-views.js';
import { SHARED_TYPES_ALIAS } from './plan.js';
import { printViews, typedConstViews, withDeclarations } from './print-views.js';
import { interfaceStatement, printStatements, typeImport, valueImport, writeDoc, type Statement } from './print.js';

interface Qualified {
  params: string;
  result: string;
  errors: string;
}

function qualify(plan: ClientMethod): Qualified {
  const ns = plan.namespace;
  return {
    params: `${ns}.${plan.paramsName}`,
    result: `${ns}.${plan.resultName}`,
    errors: plan.errorName === undefined ? 'never' : `${ns}.${plan.errorName}`,
  };
}

function signature(plan: ClientMethod, q: Qualified): string {
  return `(params${plan.paramsOptional ? '?' : ''}: ${q.params}, options?: CallOptions)`;
}

function methodEntry(plan: ClientMethod, q: Qualified): WriterFunction {
  return (writer) => {
    writer.write('{').newLine();
    writer.indent(() => {
      writer.write(`params: ${q.params};`).newLine();
      writer.write(`result: ${q.result};`).newLine();
      writer.write(`errors: ${q.errors};`).newLine();
      writer.write(`args: [params${plan.paramsOptional ? '?' : ''}: ${q.params}, options?: CallOptions];`).newLine();
    });
    writer.write('}');
  };
}

/** The type of one namespace node: a call signature when the node is a method, then its children. */
function namespaceType(node: ClientTreeNode, byKey: Map<string, ClientMethod>): WriterFunction {
  return (writer) => {
    const method = node.method === undefined ? undefined : byKey.get(node.method);
    if (node.children.length === 0 && method !== undefined) {
      const q = qualify(method);
      writer.write(`${signature(method, q)} => Promise<${q.result}>`);
      return;
    }
    writer.write('{').newLine();
    writer.indent(() => {
      if (method !== undefined) {
        const q = qualify(method);
        writer.write(`${signature(method, q)}: Promise<${q.result}>;`).newLine();
      }
      writeMembers(writer, node, byKey);
    });
    writer.write('}');
  };
}

function writeMembers(writer: CodeBlockWriter, node: ClientTreeNode, byKey: Map<string, ClientMethod>): void {
  for (const [segment, child] of node.children) {
    const childMethod = child.method === undefined ? undefined : byKey.get(child.method);
    if (childMethod !== undefined) writeDoc(writer, childMethod.shortDocs);
    writer.write(`${propertyKey(segment)}: `);
    namespaceType(child, byKey)(writer);
    writer.write(';').newLine();
  }
}

function writeTreeLiteral(writer: CodeBlockWriter, node: ClientTreeNode): void {
  writer.write('{').newLine();
  writer.indent(() => {
    if (node.method !== undefined) writer.write(`'': ${stringLiteral(node.method)},`).newLine();
    for (const [segment, child] of node.children) {
      if (child.children.length === 0 && child.method !== undefined) {
        writer.write(`${propertyKey(segment)}: ${stringLiteral(child.method)},`).newLine();
      } else {
        writer.write(`${propertyKey(segment)}: `);
        writeTreeLiteral(writer, child);
        writer.write(',').newLine();
      }
    }
  });
  writer.write('}');
}

/** A literal written one entry a line between `open` and `close`, or `empty` when there are no entries. */
function linesLiteral(open: string, close: string, empty: string, entries: readonly string[]): WriterFunction {
  return (writer) => {
    if (entries.length === 0) {
      writer.write(empty);
      return;
    }
    writer.write(open).newLine();
    writer.indent(() => {
      for (const entry of entries) writer.write(`${entry},`).newLine();
    });
    writer.write(close);
  };
}

function stringSet(values: string[], typed: boolean): WriterFunction {
  const open = typed ? 'new Set<string>([' : 'new Set([';
  return linesLiteral(open, '])', typed ? 'new Set<string>()' : 'new Set()', values.map(stringLiteral));
}

/** `{ 'task.item.update': ['TASKID', 'TASKDATA'], … }`: the methods that read their params by position, by wire name. */
function paramOrderTable(plans: readonly ClientMethod[]): WriterFunction {
  const rows = plans.filter((m) => m.paramOrder !== undefined).sort((a, b) => (a.wireName < b.wireName ? -1 : a.wireName > b.wireName ? 1 : 0));
  return linesLiteral('{', '}', '{}', rows.map((m) => `${literalKey(m.wireName)}: [${(m.paramOrder ?? []).map(stringLiteral).join(', ')}]`));
}

/** The client's behaviour lives in the runtime (`bindMethodTree`); the package only supplies its tree and types. */
const CREATE_CLIENT: FunctionDeclarationStructure = {
  kind: StructureKind.Function,
  isExported: true,
  name: 'createClient',
  docs: ['A typed client over the runtime core: `call`, `batch`, `iterate` and one namespace per method name.'],
  parameters: [{ name: 'options', type: 'ClientOptions' }],
  returnType: 'B24Client',
};
const CREATE_CORE = 'const core = createCore({ ...options, v3Methods: options.v3Methods ?? V3_METHODS, paramOrders: options.paramOrders ?? PARAM_ORDERS });';
const BIND_TREE = 'return bindMethodTree(core, METHOD_TREE, V3_KEYS)';

/** The tables the client is built from: module-private, so they have no declarations. */
function clientTables(plan: ClientModuleInput): ModuleViews[] {
  const v3Keys = plan.methods.filter((m) => m.apiVersion === 'v3').map((m) => m.key);
  const v3Methods = plan.methods.filter((m) => m.apiVersion === 'v3' && m.key === m.wireName).map((m) => m.wireName);
  const set = (name: string, values: string[]): ModuleViews => {
    const typed = typedConstViews({ name, type: 'ReadonlySet<string>', exported: false, initializer: stringSet(values, true) });
    // The type argument goes with the annotation: the JavaScript has neither.
    return { ...typed, js: typedConstViews({ name, type: 'ReadonlySet<string>', exported: false, initializer: stringSet(values, false) }).js };
  };
  return [
    set('V3_KEYS', v3Keys),
    set('V3_METHODS', v3Methods),
    typedConstViews({ name: 'PARAM_ORDERS', type: 'Readonly<Record<string, readonly string[]>>', exported: false, initializer: paramOrderTable(plan.methods) }),
    typedConstViews({ name: 'METHOD_TREE', type: 'MethodTree', exported: false, initializer: (writer) => writeTreeLiteral(writer, plan.tree) }),
  ];
}

/** `src/client.ts` in its three forms: the types are printed once for the source and the declarations. */
export function clientModuleViews(plan: ClientModuleInput): ModuleViews {
  const byKey = new Map(plan.methods.map((m) => [m.key, m]));
  const lists = plan.methods.filter((m) => m.itemType !== undefined);
  const usesShared = plan.itemTypesUseShared;
  const itemTypes = lists.map((m) => m.itemType as string);
  const sectionImports = plan.sections.map((s) => `import type * as ${s.namespaceAlias} from '${relativeImport('src/client.ts', methodModuleFile(s.stem))}';`);
  const runtimeValues = valueImport('./runtime/index.js', ['bindMethodTree', 'createCore']);
  const sharedImport = `import type * as ${SHARED_TYPES_ALIAS} from './types.js';`;
  const head: ModuleViews = {
    ts: printStatements([HEADER, typeImport('./runtime/index.js', ['B24Core', 'B24Error', 'CallOptions', 'ClientOptions', 'MethodTree']), runtimeValues, sharedImport, ...sectionImports]),
    js: printStatements([HEADER, runtimeValues]),
    // What the declarations use: MethodTree types a module-private table only, and the shared types may go unused.
    dts: printStatements([HEADER, typeImport('./runtime/index.js', ['B24Core', 'B24Error', 'CallOptions', 'ClientOptions']), ...(usesShared ? [sharedImport] : []), ...sectionImports]),
  };
  const declarations: Statement[] = [
    interfaceStatement({
      name: 'MethodMap',
      exported: true,
      docs: { description: 'Every method by its key: params, result, documented error keys and call arguments.', tags: [] },
      body: (writer) => {
        for (const m of plan.methods) {
          writer.write(`${stringLiteral(m.key)}: `);
          methodEntry(m, qualify(m))(writer);
          writer.write(';').newLine();
        }
      },
    }),
    { kind: StructureKind.TypeAlias, isExported: true, name: 'MethodName', type: 'keyof MethodMap' },
    { kind: StructureKind.TypeAlias, isExported: true, name: 'ParamsOf', typeParameters: [{ name: 'M', constraint: 'MethodName' }], type: "MethodMap[M]['params']" },
    { kind: StructureKind.TypeAlias, isExported: true, name: 'ResultOf', typeParameters: [{ name: 'M', constraint: 'MethodName' }], type: "MethodMap[M]['result']" },
    { kind: StructureKind.TypeAlias, isExported: true, name: 'ErrorsOf', typeParameters: [{ name: 'M', constraint: 'MethodName' }], type: "MethodMap[M]['errors']" },
    {
      kind: StructureKind.Interface,
      name: 'ListMethodMap',
      isExported: true,
      docs: [{ description: 'List methods that `iterate` can walk, with the type of one item.' }],
      properties: lists.map((m, i) => ({ name: stringLiteral(m.key), type: `{ item: ${itemTypes[i] as string} }` })),
    },
    { kind: StructureKind.TypeAlias, isExported: true, name: 'ListMethodName', type: 'keyof ListMethodMap' },
    { kind: StructureKind.TypeAlias, isExported: true, name: 'ItemOf', typeParameters: [{ name: 'M', constraint: 'ListMethodName' }], type: "ListMethodMap[M]['item']" },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'BatchCommand',
      docs: [{ description: 'One command of a batch: `[method, params]`.' }],
      type: '{ [M in MethodName]: readonly [method: M, params: ParamsOf<M>] }[MethodName]',
    },
    {
      kind: StructureKind.Interface,
      name: 'BatchOptions',
      isExported: true,
      properties: [
        { name: 'halt', hasQuestionToken: true, type: 'boolean' },
        { name: 'signal', hasQuestionToken: true, type: 'AbortSignal' },
      ],
    },
    {
      kind: StructureKind.Interface,
      name: 'BatchResult',
      isExported: true,
      typeParameters: [{ name: 'C', constraint: 'Readonly<Record<string, BatchCommand>>' }],
      properties: [
        { name: 'result', type: '{ [K in keyof C]?: ResultOf<C[K][0]> }' },
        { name: 'errors', type: '{ [K in keyof C]?: B24Error }' },
      ],
    },
    interfaceStatement({
      name: 'ClientNamespaces',
      exported: true,
      docs: { description: 'The methods as nested namespaces: `client.tasks.api.scrum.backlog.add(params)`.', tags: [] },
      body: (writer) => writeMembers(writer, plan.tree, byKey),
    }),
    {
      kind: StructureKind.Interface,
      name: 'B24Client',
      isExported: true,
      extends: ['ClientNamespaces'],
      properties: [{ name: 'core', isReadonly: true, type: 'B24Core', docs: ['The untyped core, for the standalone method functions.'] }],
      methods: [
        {
          name: 'call',
          typeParameters: [{ name: 'M', constraint: 'MethodName' }],
          // The method name alone decides M: inferring it from the params too made every call site
          // try each of the package's methods (about 1 ms a call; about 0.5 ms with NoInfer, TypeScript 5.4+).
          parameters: [{ name: 'method', type: 'M' }, { name: 'args', isRestParameter: true, type: "NoInfer<MethodMap[M]['args']>" }],
          returnType: 'Promise<ResultOf<M>>',
          docs: ['One call, typed by the method name.'],
        },
        {
          name: 'batch',
          typeParameters: [{ name: 'const C', constraint: 'Readonly<Record<string, BatchCommand>>' }],
          parameters: [{ name: 'commands', type: 'C' }, { name: 'options', type: 'BatchOptions', hasQuestionToken: true }],
          returnType: 'Promise<BatchResult<C>>',
          docs: ['Several calls in one request (the runtime splits more than 50 commands).'],
        },
        {
          name: 'iterate',
          typeParameters: [{ name: 'M', constraint: 'ListMethodName' }],
          parameters: [
            { name: 'method', type: 'M' },
            { name: 'params', type: 'NoInfer<ParamsOf<M>>', hasQuestionToken: true },
            { name: 'options', type: 'CallOptions', hasQuestionToken: true },
          ],
          returnType: 'AsyncIterable<ItemOf<M>>',
          docs: ['Every item of a list method, page after page.'],
        },
      ],
    },
  ];
  const createClient: ModuleViews = printViews([
    {
      ts: [{ ...CREATE_CLIENT, statements: [CREATE_CORE, `${BIND_TREE} as unknown as B24Client;`] }],
      js: [{ ...CREATE_CLIENT, parameters: [{ name: 'options' }], returnType: undefined, statements: [CREATE_CORE, `${BIND_TREE};`] }],
      dts: [{ ...CREATE_CLIENT, hasDeclareKeyword: true }],
    },
  ]);
  return joinModule(head, [withDeclarations(declarations, { ts: '', js: '', dts: '' }), ...clientTables(plan), createClient]);
}
