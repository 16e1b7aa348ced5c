/**
 * `src/client.ts`: what it is printed from. The client depends on a few facts of each method
 * (names, list item type, one-line docs) and on the namespace tree, not on the methods' types;
 * as plain data, it is printed again only when those facts change (`client-parts.ts` prints it).
 */
import { SHARED_TYPES_ALIAS, type DocPlan, type MethodPlan, type NamespaceNode, type PackagePlan } from './plan.js';
import { printType } from './type-model.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { contentHash } from '../content-hash.js';
import { identifyPart } from './module-memo.js';
import { planFacts } from './plan-memo.js';

/** What the client prints of one method. */
export interface ClientMethod {
  key: string;
  wireName: string;
  apiVersion: 'v2' | 'v3';
  /** The alias under which the client imports the method's module. */
  namespace: string;
  paramsName: string;
  resultName: string;
  errorName?: string;
  paramsOptional: boolean;
  /** For a method `iterate` walks: its item type, printed with qualified names. */
  itemType?: string;
  paramOrder?: string[];
  shortDocs: DocPlan;
}

/** The namespace tree, children in print order. */
export interface ClientTreeNode {
  method?: string;
  children: Array<[segment: string, node: ClientTreeNode]>;
}

export interface ClientModuleInput {
  methods: ClientMethod[];
  /** The modules with methods: the client imports each as a namespace. */
  sections: Array<{ stem: string; namespaceAlias: string }>;
  tree: ClientTreeNode;
  /** Some item type names a shared type (the declarations import them then). */
  itemTypesUseShared: boolean;
}

function treeOf(node: NamespaceNode): ClientTreeNode {
  const children = [...node.children.keys()].sort(compareCodeUnits).map((segment): [string, ClientTreeNode] => [segment, treeOf(node.children.get(segment) as NamespaceNode)]);
  return { ...(node.method === undefined ? {} : { method: node.method }), children };
}

export function clientModuleInput(plan: PackagePlan): ClientModuleInput {
  const aliasOf = new Map<string, string>(plan.sections.map((s) => [s.stem, s.namespaceAlias]));
  let itemTypesUseShared = false;
  const clientMethod = (m: MethodPlan): ClientMethod => {
    const namespace = aliasOf.get(m.sectionStem) as string;
    const itemType =
      m.itemType === undefined
        ? undefined
        : printType(m.itemType, (name) => {
            if (!plan.sharedNames.has(name)) return `${namespace}.${name}`;
            itemTypesUseShared = true;
            return `${SHARED_TYPES_ALIAS}.${name}`;
          });
    return {
      key: m.key,
      wireName: m.wireName,
      apiVersion: m.apiVersion,
      namespace,
      paramsName: m.paramsName,
      resultName: m.resultName,
      ...(m.errorName === undefined ? {} : { errorName: m.errorName }),
      paramsOptional: m.paramsOptional,
      ...(itemType === undefined ? {} : { itemType }),
      ...(m.paramOrder === undefined ? {} : { paramOrder: m.paramOrder }),
      shortDocs: m.shortDocs,
    };
  };
  const methods = plan.methods.map(clientMethod);
  const input: ClientModuleInput = {
    methods,
    sections: plan.sections.filter((s) => s.methods.length > 0).map((s) => ({ stem: s.stem, namespaceAlias: s.namespaceAlias })),
    tree: treeOf(plan.tree),
    itemTypesUseShared,
  };
  identifyClientInput(input, plan);
  return input;
}

/**
 * Names the client's input by what it is made from: each method's head fields (`clientDigest`,
 * kept with a memoised plan) and namespace path, the modules' aliases, and the shared names item
 * types are printed with. Its part key then needs no walk through the megabyte of text it
 * stands for, and an edit that leaves those facts alone (a method's description) keeps it.
 */
function identifyClientInput(input: ClientModuleInput, plan: PackagePlan): void {
  let methods = '';
  for (const method of plan.methods) methods += `${planFacts(method).clientDigest} ${JSON.stringify(method.namespacePath ?? null)}\n`;
  identifyPart(input, contentHash('client-input', methods, JSON.stringify(input.sections), JSON.stringify([...plan.sharedNames].sort(compareCodeUnits))));
}
