/**
 * The optional `<pkg>/zod` entry point: zod 4 schemas of every method's params, each annotated
 * `z.ZodType<XParams>` so a schema that drifts from its type fails the package's type check.
 *
 * Files: `src/zod/<section>.ts` (the section's params schemas), `src/zod-types.ts` (schemas of
 * shared declarations the params reach) and the barrel `src/zod.ts`. Every initializer is marked
 * `@__PURE__`, so a bundle keeps only the schemas it imports.
 */
import { docText, propertyKey, stringLiteral } from './escape.js';
import { methodModuleFile } from './method-module.js';
import { relativeImport } from './module-path.js';
import type { PackagePlan } from './plan.js';
import { printFile, type Statement } from './print.js';
import { keyPatternRegExp, printType, type InterfaceMember, type TsType } from './type-model.js';
import { compareCodeUnits } from '../compare-code-units.js';

/** Where each declaration lives: a section stem, or SHARED for `src/types.ts`. */
const SHARED = '';
const SECTION_TYPES = 'T';
const SHARED_TYPES = 'S';
/**
 * Every zod call is marked side-effect free: a bundler drops an unused schema only when no call
 * inside it is left unmarked.
 */
function zcall(fn: string, args = ''): string {
  return `/*#__PURE__*/ z.${fn}(${args})`;
}

export function schemaName(typeName: string): string {
  return `${typeName}Schema`;
}

/** Names a type references, without descending into the referenced declarations. */
function references(type: TsType, into: Set<string>): void {
  switch (type.kind) {
    case 'reference': into.add(type.name); break;
    case 'array': references(type.items, into); break;
    case 'record': if (type.values !== undefined) references(type.values, into); break;
    case 'union': for (const m of type.members) references(m, into); break;
    default: break;
  }
}

interface FileContext {
  /** The file's own home (section stem or SHARED). */
  home: string;
  homeOf: ReadonlyMap<string, string>;
  /** Type namespaces the file uses, and schema names it imports from other files. */
  usesSection: boolean;
  usesShared: boolean;
  imports: Map<string, Set<string>>;
}

function qualify(ctx: FileContext, name: string): string {
  const home = ctx.homeOf.get(name);
  if (home === SHARED) {
    ctx.usesShared = true;
    return `${SHARED_TYPES}.${name}`;
  }
  if (home === ctx.home) {
    ctx.usesSection = true;
    return `${SECTION_TYPES}.${name}`;
  }
  return 'unknown';
}

function schemaRef(ctx: FileContext, name: string): string {
  const home = ctx.homeOf.get(name);
  if (home === undefined) return zcall('unknown');
  if (home !== ctx.home) {
    const module = relativeImport(zodFile(ctx.home), zodFile(home));
    const set = ctx.imports.get(module) ?? new Set<string>();
    set.add(schemaName(name));
    ctx.imports.set(module, set);
  }
  // Lazy: declarations may refer to each other in any order, or to themselves.
  return zcall('lazy', `() => ${schemaName(name)}`);
}

/** A value that is present, whatever it is: keeps a required key required in zod's eyes. */
function present(typeText: string): string {
  return zcall(`custom<${typeText}>`, '(value) => value !== undefined');
}

function zodOf(type: TsType, ctx: FileContext): string {
  switch (type.kind) {
    case 'keyword':
      return zcall(type.name);
    case 'literal':
      return zcall('literal', typeof type.value === 'string' ? stringLiteral(type.value) : String(type.value));
    case 'array':
      return zcall('array', zodOf(type.items, ctx));
    case 'union':
      return zcall('union', `[${type.members.map((m) => zodOf(m, ctx)).join(', ')}]`);
    case 'record':
      return zcall('record', `${zcall('string')}, ${type.values === undefined ? zcall('unknown') : zodOf(type.values, ctx)}`);
    case 'numeric-string':
      return zcall('templateLiteral', `[${zcall('number')}]`);
    case 'reference':
      return schemaRef(ctx, type.name);
    case 'opaque':
      if (type.text === 'Record<string, never>') return zcall('strictObject', '{}');
      if (type.text === '[]') return zcall('tuple', '[]');
      // Vocabulary text (not doc text): checked by the compiler, not at run time.
      return present(type.text);
    default:
      return present(printType(type as TsType, (name) => qualify(ctx, name)));
  }
}

function memberEntry(member: InterfaceMember, ctx: FileContext): string {
  // A quoted `__proto__` key in an object literal would set the prototype instead.
  const key = member.name === '__proto__' ? `[${stringLiteral(member.name)}]` : propertyKey(member.name);
  const isUnknown = member.type.kind === 'keyword' && member.type.name === 'unknown';
  // zod treats a `z.unknown()` key as optional; a required one must be present.
  const schema = isUnknown && !member.optional ? present('unknown') : zodOf(member.type, ctx);
  return `${key}: ${member.optional ? zcall('optional', schema) : schema}`;
}

function schemaStatement(name: string, plan: PackagePlan, ctx: FileContext, doc: string | undefined): string | undefined {
  const decl = plan.resolve(name);
  if (decl === undefined) return undefined;
  let init: string;
  if (decl.kind === 'interface') {
    const members = decl.members.map((m) => `  ${memberEntry(m, ctx)},`);
    const shape = members.length === 0 ? '{}' : `{\n${members.join('\n')}\n}`;
    const indexes = decl.indexes ?? [];
    if (indexes.length === 0) {
      init = zcall('strictObject', shape);
    } else {
      // Key families: the documented keys as usual, any other key must fall in a family and fit
      // its type. Patterns are key characters and placeholders only (isKeyPattern).
      const families = indexes.map((i) => `[${keyPatternRegExp(i.pattern).toString()}, ${zodOf(i.type, ctx)}]`).join(', ');
      init = `${zcall('looseObject', shape)}.superRefine((value, check) => {
  const families: ReadonlyArray<readonly [RegExp, z.ZodType]> = [${families}];
  const known = new Set<string>([${decl.members.map((m) => stringLiteral(m.name)).join(', ')}]);
  for (const key of Object.keys(value)) {
    if (known.has(key)) continue;
    const family = families.find(([re]) => re.test(key));
    if (family === undefined) check.addIssue({ code: 'custom', message: \`unknown key \${key}\`, path: [key] });
    else if (!family[1].safeParse((value as Record<string, unknown>)[key]).success) check.addIssue({ code: 'custom', message: \`invalid value for \${key}\`, path: [key] });
  }
})`;
      // A loose object's output has a string index; the families narrow it (checked at run time above).
      init = `${init} as unknown as z.ZodType<${qualify(ctx, name)}>`;
    }
  } else {
    init = zodOf(decl.type, ctx);
  }
  const typeText = qualify(ctx, name);
  const comment = doc === undefined ? '' : `/** ${doc} */\n`;
  return `${comment}export const ${schemaName(name)}: z.ZodType<${typeText}> = ${init};`;
}

/** Every declaration the params of all methods reach, by home. */
function reachable(plan: PackagePlan, homeOf: ReadonlyMap<string, string>): Map<string, string[]> {
  const seen = new Set<string>();
  const queue = plan.methods.map((m) => m.paramsName);
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name) || !homeOf.has(name)) continue;
    seen.add(name);
    const decl = plan.resolve(name);
    const refs = new Set<string>();
    if (decl?.kind === 'interface') {
      for (const m of decl.members) references(m.type, refs);
      for (const i of decl.indexes ?? []) references(i.type, refs);
    }
    else if (decl?.kind === 'alias') references(decl.type, refs);
    queue.push(...refs);
  }
  const byHome = new Map<string, string[]>();
  for (const name of [...seen].sort(compareCodeUnits)) {
    const home = homeOf.get(name) as string;
    byHome.set(home, [...(byHome.get(home) ?? []), name]);
  }
  return byHome;
}

function printSchemaFile(home: string, names: string[], plan: PackagePlan, homeOf: ReadonlyMap<string, string>, docs: ReadonlyMap<string, string>): string {
  const ctx: FileContext = { home, homeOf, usesSection: false, usesShared: false, imports: new Map() };
  const body = names
    .map((name) => schemaStatement(name, plan, ctx, docs.get(name)))
    .filter((s): s is string => s !== undefined);
  if (body.length === 0) return printFile(['export {};']);
  const statements: Statement[] = ["import { z } from 'zod';"];
  const file = zodFile(home);
  if (ctx.usesSection) statements.push(`import type * as ${SECTION_TYPES} from '${relativeImport(file, methodModuleFile(home))}';`);
  if (ctx.usesShared) statements.push(`import type * as ${SHARED_TYPES} from '${relativeImport(file, 'src/types.ts')}';`);
  for (const module of [...ctx.imports.keys()].sort(compareCodeUnits)) {
    const list = [...(ctx.imports.get(module) as Set<string>)].sort(compareCodeUnits);
    statements.push(`import { ${list.join(', ')} } from '${module}';`);
  }
  statements.push(...body);
  return printFile(statements);
}

/** `src/zod/<stem>.ts` for a module's schemas, `src/zod-types.ts` for the shared ones. */
function zodFile(home: string): string {
  return home === SHARED ? 'src/zod-types.ts' : `src/zod/${home}.ts`;
}

/** The files of the zod entry point, keyed `src/...`. */
export function emitZodModules(plan: PackagePlan): Map<string, string> {
  const homeOf = new Map<string, string>();
  for (const name of plan.sharedNames) homeOf.set(name, SHARED);
  const docs = new Map<string, string>();
  for (const section of plan.sections) {
    for (const method of section.methods) {
      for (const decl of method.declarations) homeOf.set(decl.name, section.stem);
      docs.set(method.paramsName, `Validates the params of \`${docText(method.wireName)}\` (unknown keys are rejected).`);
    }
  }
  const byHome = reachable(plan, homeOf);
  const files = new Map<string, string>();
  files.set('src/zod-types.ts', printSchemaFile(SHARED, byHome.get(SHARED) ?? [], plan, homeOf, docs));
  const barrel: Statement[] = ["export * from './zod-types.js';"];
  for (const section of plan.sections) {
    files.set(zodFile(section.stem), printSchemaFile(section.stem, byHome.get(section.stem) ?? [], plan, homeOf, docs));
    barrel.push(`export * from '${relativeImport('src/zod.ts', zodFile(section.stem))}';`);
  }
  files.set('src/zod.ts', printFile(barrel));
  return files;
}
