import { describe, expect, it } from 'vitest';
import type { Field, IrDocument, IrMethod, TypeRef } from '../../ir/types.js';
import { refineChangedTypes, refineNamedTypes, widenType } from './named-type-refine.js';
import type { ShownTypes } from './named-type-refine.js';

const INT: TypeRef = { raw: 'integer', kind: 'scalar', name: 'integer' };
const STR: TypeRef = { raw: 'string', kind: 'scalar', name: 'string' };
const f = (name: string, type: TypeRef, extra: Partial<Field> = {}): Field => ({ name, required: false, type, description: '', ...extra });
const ID = 'api-reference/catalog/data-types.md#catalog_store';

function ir(result: unknown, resultType: TypeRef, fields: Field[] = []): IrDocument {
  const m = {
    name: 'catalog.store.get', apiVersion: 'v2', key: 'catalog.store.get', source: 's.md', docsUrl: '', title: '', section: 'catalog', scope: [], description: '',
    params: [], result: fields, resultType, errors: [], examples: { response: { result } }, seeAlso: [], diagnostics: [],
  } as IrMethod;
  return { irVersion: 1, methods: [m], types: [{ id: ID, name: 'catalog_store', description: '', source: 'd.md', fields: [f('id', INT), f('xmlId', STR), f('sort', INT)] }], systemErrors: [], pages: [], diagnostics: [] };
}

describe('widenType', () => {
  it('only widens: null, numeric strings beside numbers; anything else stays', () => {
    expect(widenType(STR, null)).toMatchObject({ kind: 'union', members: [STR, { name: 'null' }] });
    expect(widenType(INT, '12')).toMatchObject({ kind: 'union', members: [INT, { name: 'numeric-string' }] });
    expect(widenType(INT, 'abc')).toBe(INT);
    expect(widenType(STR, 7)).toBe(STR);
    const once = widenType(INT, '1');
    expect(widenType(once, '2')).toBe(once);
  });
});

describe('refineNamedTypes', () => {
  it('refines a structure a result field holds, leaving the input IR untouched', () => {
    const input = ir({ store: { id: '3', xmlId: null, sort: 100 } }, { raw: 'object', kind: 'object', name: 'object' }, [f('store', { raw: 'catalog_store', kind: 'named', typeId: ID })]);
    const out = refineNamedTypes(input);
    const fields = out.types[0]?.fields ?? [];
    expect(fields.map((x) => x.type.kind)).toEqual(['union', 'union', 'scalar']);
    expect(input.types[0]?.fields[1]?.type).toBe(STR);
  });
  it('refines the structure a result type names even when the page lists the rows too (`object | store[]`)', () => {
    const named: TypeRef = { raw: 'catalog_store', kind: 'named', typeId: ID };
    const both: TypeRef = { raw: 'object | catalog_store[]', kind: 'union', members: [{ raw: 'object', kind: 'object' }, { raw: 'catalog_store[]', kind: 'array', items: named }] };
    const out = refineNamedTypes(ir([{ id: 1, sort: '100' }], both, [f('id', INT), f('sort', INT)]));
    expect(out.types[0]?.fields[2]?.type).toMatchObject({ kind: 'union', members: [INT, { name: 'numeric-string' }] });
  });
  it('follows an array result of the structure', () => {
    const out = refineNamedTypes(ir([{ id: 1, xmlId: null }], { raw: 'catalog_store[]', kind: 'array', items: { raw: 'catalog_store', kind: 'named', typeId: ID } }));
    expect(out.types[0]?.fields[1]?.type).toMatchObject({ kind: 'union' });
    expect(out.types[0]?.fields[0]?.type).toEqual(INT);
  });
  it('widens a structure a request example shows under a param, by the params\' rules only', () => {
    const BOOL: TypeRef = { raw: 'boolean', kind: 'scalar', name: 'boolean' };
    const rel = 'p.md#relation';
    const input = ir(undefined, { raw: 'object', kind: 'object' });
    const m = input.methods[0] as IrMethod;
    m.params = [f('relations', { raw: 'object', kind: 'object' }, { aliases: ['RELATIONS'], fields: [f('parent', { raw: 'relation[]', kind: 'array', items: { raw: 'relation', kind: 'named', typeId: rel } })] })];
    m.examples = { request: { RELATIONS: { parent: [{ on: 'true', id: '7', note: null }] } } };
    input.types.push({ id: rel, name: 'relation', description: '', source: 'p.md', fields: [f('on', BOOL), f('id', INT), f('note', STR)] });
    const fields = refineNamedTypes(input).types[1]?.fields ?? [];
    expect(fields[0]?.type).toEqual({ raw: 'boolean', kind: 'union', members: [BOOL, { raw: 'boolean', kind: 'enum', values: ['true', 'false'] }] });
    expect(fields[1]?.type).toMatchObject({ kind: 'union', members: [INT, { name: 'numeric-string' }] });
    // A request's null says nothing of what the structure holds in results.
    expect(fields[2]?.type).toEqual(STR);
  });
  const FOOTER = 'f.md#footer';
  const BUTTON = 'f.md#button';
  /** A method whose `footer` param is a `FooterDto`, whose `buttons` the docs call an array of objects but type as one `ButtonDto`. */
  function footerIr(request: unknown): { input: IrDocument; buttons: Field } {
    const input = ir(undefined, { raw: 'object', kind: 'object' });
    const m = input.methods[0] as IrMethod;
    m.params = [f('footer', { raw: 'FooterDto', kind: 'named', typeId: FOOTER })];
    m.examples = { request };
    const buttons = f('buttons', { raw: 'ButtonDto', kind: 'named', typeId: BUTTON }, { description: 'An array of objects describing buttons' });
    input.types.push({ id: FOOTER, name: 'FooterDto', description: '', source: 'f.md', fields: [buttons] });
    input.types.push({ id: BUTTON, name: 'ButtonDto', description: '', source: 'f.md', fields: [f('title', STR), f('sort', INT)] });
    return { input, buttons };
  }

  it('makes "an array of objects" typed as one structure a map when a request shows it keyed by names', () => {
    const { input, buttons } = footerIr({ footer: { buttons: { startCall: { title: 'Call', sort: '2' } } } });
    const out = refineNamedTypes(input);
    const lifted = out.types.find((t) => t.id === FOOTER)?.fields[0];
    expect(lifted?.type).toMatchObject({ kind: 'object' });
    expect(lifted?.keyPatterns).toEqual([{ pattern: '${string}', type: buttons.type, description: '', source: 'buttons' }]);
    // The map's values are walked: the structure takes what they show.
    expect(out.types.find((t) => t.id === BUTTON)?.fields[1]?.type).toMatchObject({ kind: 'union', members: [INT, { name: 'numeric-string' }] });
    expect(buttons.keyPatterns).toBeUndefined();
  });

  it('leaves "an array of objects" alone when the value shown is the structure itself', () => {
    const { input } = footerIr({ footer: { buttons: { title: { de: 'x' } } } });
    expect(refineNamedTypes(input).types.find((t) => t.id === FOOTER)?.fields[0]?.keyPatterns).toBeUndefined();
  });
});

describe('which structures methods show, and refining only what changed', () => {
  const storeField = f('store', { raw: 'catalog_store', kind: 'named', typeId: ID });
  const object: TypeRef = { raw: 'object', kind: 'object', name: 'object' };
  /** A method of page `source` whose response example is `{ result }`, with these result fields. */
  const method = (source: string, result: unknown, fields: Field[]): IrMethod =>
    ({ ...ir(result, object, fields).methods[0], source, key: source, name: source }) as IrMethod;

  it('a method whose example gives a structure field a value shows that structure; one whose example does not, does not', () => {
    const shown: ShownTypes = new Map();
    refineNamedTypes(ir({ store: { id: '3' } }, object, [storeField]), shown);
    expect([...shown].map(([source, ids]) => [source, [...ids]])).toEqual([['s.md', [ID]]]);
    const none: ShownTypes = new Map();
    const silent = ir({ store: {} }, object, [storeField]);
    refineNamedTypes(silent, none);
    expect(none.size).toBe(0);
    // A method that shows nothing leaves the structures as they are.
    expect(refineNamedTypes(silent).types).toEqual(silent.types);
  });

  it('refines again only what changed, and gives what a whole refinement gives', () => {
    const other = 'api-reference/x.md#other';
    const otherType = { id: other, name: 'other', description: '', source: 'x.md', fields: [f('code', INT)] };
    const a = method('a.md', { store: { id: '3' } }, [storeField]);
    const b = method('b.md', { other: { code: '7' } }, [f('other', { raw: 'other', kind: 'named', typeId: other })]);
    const types = [...ir({}, object).types, otherType];
    const whole = (methods: IrMethod[]): IrDocument => ({ ...ir({}, object), methods, types });
    const shown: ShownTypes = new Map();
    const first = refineNamedTypes(whole([a, b]), shown);
    // `b` changes what it shows of `other`; `a` and `catalog_store` are left as they were.
    const b2 = method('b.md', { other: { code: null } }, [f('other', { raw: 'other', kind: 'named', typeId: other })]);
    const again = refineChangedTypes({
      methods: [a, b2],
      types,
      refined: new Map(first.types.map((t) => [t.id, t])),
      changed: new Set(),
      redone: new Set([b2]),
      shownBefore: (m) => [...(shown.get(m.source) ?? [])],
    });
    expect(again.types).toEqual(refineNamedTypes(whole([a, b2])).types);
    expect(again.walked.map((m) => m.source)).toEqual(['b.md']);
    // A structure that changed is refined again from its new form, by every method that shows it.
    const storeChanged = { ...types[0], fields: [...(types[0]?.fields ?? []), f('extra', STR)] } as (typeof types)[number];
    const third = refineChangedTypes({
      methods: [a, b2],
      types: [storeChanged, otherType],
      refined: new Map(again.types.map((t) => [t.id, t])),
      changed: new Set([ID]),
      redone: new Set(),
      shownBefore: (m) => [...(shown.get(m.source) ?? [])],
    });
    expect(third.types).toEqual(refineNamedTypes({ ...whole([a, b2]), types: [storeChanged, otherType] }).types);
    expect(third.walked.map((m) => m.source)).toEqual(['a.md']);
  });

  it('follows a changed structure to a structure it now leads to, and refines that one with all that show it', () => {
    const other = 'api-reference/x.md#other';
    const otherType = { id: other, name: 'other', description: '', source: 'x.md', fields: [f('code', INT)] };
    // `a` sends a `link` inside its store, which the store did not type; `b` shows `other` directly.
    const a = method('a.md', { store: { id: '3', link: { code: '5' } } }, [storeField]);
    const b = method('b.md', { other: { code: null } }, [f('other', { raw: 'other', kind: 'named', typeId: other })]);
    const store = ir({}, object).types[0] as (typeof otherType);
    const shown: ShownTypes = new Map();
    const first = refineNamedTypes({ ...ir({}, object), methods: [a, b], types: [store, otherType] }, shown);
    expect([...(shown.get('a.md') ?? [])]).toEqual([ID]);
    // The store now types `link` as `other`: `a` shows `other` too, and `other` is refined by both.
    const linked = { ...store, fields: [...store.fields, f('link', { raw: 'other', kind: 'named', typeId: other })] };
    const again = refineChangedTypes({
      methods: [a, b],
      types: [linked, otherType],
      refined: new Map(first.types.map((t) => [t.id, t])),
      changed: new Set([ID]),
      redone: new Set(),
      shownBefore: (m) => [...(shown.get(m.source) ?? [])],
    });
    expect(again.types).toEqual(refineNamedTypes({ ...ir({}, object), methods: [a, b], types: [linked, otherType] }).types);
    expect(again.walked.map((m) => m.source)).toEqual(['a.md', 'b.md']);
    expect([...(again.shown.get('a.md') ?? [])].sort()).toEqual([ID, other].sort());
  });
});
