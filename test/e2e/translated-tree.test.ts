/**
 * A translated docs tree must give the same IR as the English one, apart from prose. The
 * Russian fixture (test/fixtures/docs-ru) mirrors docs/ with Russian headings, table headers
 * and notes, and adds the hazards of the upstream Russian repository: unknown section
 * headings, a Latin "C" in "Cообщение", a Latin "o" in a known heading, "Область доступа"
 * instead of "Scope", "Пустое значение" codes and a deprecation note in Russian. Its one
 * extra page (a deprecated method) has an English twin in test/fixtures/docs-en-extra.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Field, IrDocument, IrMethod, TypeRef } from '../../generator/ir/types.js';
import { buildIr } from '../../generator/pipeline/build-ir.js';
import { projectRoot, shippedDocs } from '../support/paths.js';

const ruDocs = path.join(projectRoot, 'test', 'fixtures', 'docs-ru');
const enExtra = path.join(projectRoot, 'test', 'fixtures', 'docs-en-extra');

interface FieldShape {
  name: string;
  aliases?: string[];
  required: boolean;
  requiredMark?: string;
  deprecated?: boolean;
  type: TypeRef;
  fields?: FieldShape[];
}

function fieldShape(f: Field): FieldShape {
  const out: FieldShape = { name: f.name, required: f.required, type: f.type };
  if (f.aliases) out.aliases = f.aliases;
  if (f.requiredMark) out.requiredMark = f.requiredMark;
  if (f.deprecated !== undefined) out.deprecated = f.deprecated;
  if (f.fields) out.fields = f.fields.map(fieldShape);
  return out;
}

/** Everything about a method that does not depend on the language of the page. */
function methodShape(m: IrMethod): Record<string, unknown> {
  return {
    name: m.name,
    key: m.key,
    apiVersion: m.apiVersion,
    source: m.source,
    docsUrl: m.docsUrl,
    section: m.section,
    scope: m.scope,
    hasAccess: m.access !== undefined && m.access !== '',
    hasDescription: m.description !== '',
    deprecated: m.deprecated === undefined
      ? false
      : { reason: m.deprecated.reason, replacement: m.deprecated.replacement, replacementSource: m.deprecated.replacementSource },
    params: m.params.map(fieldShape),
    result: m.result.map(fieldShape),
    resultType: m.resultType,
    responseExtras: (m.responseExtras ?? []).map(fieldShape),
    errors: m.errors.map((e) => ({ code: e.code, message: e.message, httpStatus: e.httpStatus, field: e.field, hasDescription: e.description !== '' })),
    examples: { request: m.examples.request, response: m.examples.response, error: m.examples.error },
    seeAlso: m.seeAlso.map((s) => s.href),
    diagnostics: m.diagnostics.map((d) => d.code).sort(),
  };
}

let ru: IrDocument;
let en: IrDocument;
let enRoot: string;

beforeAll(async () => {
  enRoot = mkdtempSync(path.join(tmpdir(), 'b24gen-en-'));
  cpSync(shippedDocs, enRoot, { recursive: true });
  cpSync(enExtra, enRoot, { recursive: true });
  [ru, en] = await Promise.all([buildIr(ruDocs), buildIr(enRoot)]);
});

afterAll(() => {
  if (enRoot) rmSync(enRoot, { recursive: true, force: true });
});

describe('a Russian docs tree', () => {
  it('has the same method pages as the English one', () => {
    expect(ru.methods.map((m) => m.key)).toEqual(en.methods.map((m) => m.key));
    expect(ru.methods).toHaveLength(6);
    const kinds = (ir: IrDocument): string[] => ir.pages.filter((p) => p.source.startsWith('api-reference/')).map((p) => `${p.source} ${p.kind}`);
    expect(kinds(ru)).toEqual(kinds(en));
  });

  it.each([
    'tasks.api.scrum.backlog.add', 'tasks.api.scrum.backlog.update', 'tasks.api.scrum.backlog.get',
    'tasks.api.scrum.backlog.delete', 'tasks.api.scrum.backlog.getFields', 'tasks.api.scrum.backlog.list',
  ])('%s: the IR equals the English one in everything but prose', (name) => {
    const r = ru.methods.find((m) => m.name === name);
    const e = en.methods.find((m) => m.name === name);
    expect(e).toBeDefined();
    expect(r).toBeDefined();
    expect(methodShape(r!)).toEqual(methodShape(e!));
  });

  it('keeps the parts that make the comparison meaningful', () => {
    // Guards against both trees losing the same thing.
    const by = (name: string): IrMethod => ru.methods.find((m) => m.name === name)!;
    expect(by('tasks.api.scrum.backlog.add').params[0]).toMatchObject({ name: 'fields', required: true, fields: [{ name: 'groupId', required: true }, { name: 'createdBy', required: true }, { name: 'modifiedBy', required: false }] });
    expect(by('tasks.api.scrum.backlog.add').errors.map((e) => e.message)).toContain('Backlog already added');
    expect(by('tasks.api.scrum.backlog.get').result.map((f) => f.name)).toEqual(['id', 'groupId', 'createdBy', 'modifiedBy']);
    expect(by('tasks.api.scrum.backlog.get').errors).toHaveLength(4);
    expect(by('tasks.api.scrum.backlog.get').seeAlso).toHaveLength(4);
    expect(by('tasks.api.scrum.backlog.update').examples.request).toEqual({ id: 1, fields: { groupId: 125, createdBy: 6 } });
    expect(by('tasks.api.scrum.backlog.update').result).toHaveLength(4);
    expect(by('tasks.api.scrum.backlog.delete').scope).toEqual(['task']);
    expect(by('tasks.api.scrum.backlog.delete').access).toBe('любому пользователю');
    // The result tree of getFields comes from the JSON example; the table's keys sit somewhere in it.
    const names = (fs: readonly Field[]): string[] => fs.flatMap((f) => [f.name, ...names(f.fields ?? [])]);
    expect(names(by('tasks.api.scrum.backlog.getFields').result)).toEqual(expect.arrayContaining(['groupId', 'createdBy', 'modifiedBy']));
    const list = by('tasks.api.scrum.backlog.list');
    expect(list.deprecated).toMatchObject({ reason: 'note', replacement: 'tasks.api.scrum.backlog.get' });
    expect(list.errors.map((e) => e.code)).toEqual(['', '0']);
    expect(list.params.map((f) => [f.name, f.required, f.type.raw])).toEqual([['groupIds', true, 'array'], ['withItems', false, 'boolean']]);
    for (const m of ru.methods) expect(m.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('reads the Russian system-errors table and the shared types', () => {
    const sys = (ir: IrDocument): unknown[] => ir.systemErrors.map((e) => [e.code, e.message, e.httpStatus]);
    expect(ru.systemErrors).toHaveLength(15);
    expect(sys(ru)).toEqual(sys(en));
    expect(ru.types.map((t) => t.id)).toEqual(en.types.map((t) => t.id));
  });
});
