/**
 * The parts of a small made-up method, printed by the print worker once it has loaded (see
 * print-worker.ts). A warm run asks the worker for a few parts some 0.3 s later, and waited
 * for them while ts-morph's printer ran cold (interpreted, its caches empty); printed once
 * before, in time the worker has to spare, they come back sooner.
 */
import type { IrDocument, IrMethod } from '../ir/types.js';
import type { PartRequest } from './parts.js';
import { planPackage } from './plan.js';

const integer = { raw: 'integer', kind: 'scalar', name: 'integer' } as const;
const text = { raw: 'string', kind: 'scalar', name: 'string' } as const;

/** A method with what most methods have: required and optional params, a nested object, result fields, an error, an example. */
const METHOD: IrMethod = {
  name: 'sample.item.add',
  apiVersion: 'v2',
  key: 'sample.item.add',
  source: 'api-reference/sample/sample-item-add.md',
  docsUrl: 'https://apidocs.bitrix24.com/api-reference/sample/sample-item-add.html',
  title: 'Add an item',
  section: 'sample',
  scope: ['sample'],
  description: 'Adds an item.',
  params: [
    { name: 'id', type: integer, required: true, description: 'The id.' },
    {
      name: 'fields',
      type: { raw: 'object', kind: 'scalar', name: 'object' },
      required: false,
      description: 'The fields.',
      fields: [
        { name: 'TITLE', type: text, required: true, description: 'The title.' },
        { name: 'TAGS', type: { raw: 'string[]', kind: 'array', items: text }, required: false, description: 'Tags.' },
      ],
    },
  ],
  result: [{ name: 'ID', type: integer, required: true, description: 'The new id.' }],
  resultType: { raw: 'object', kind: 'scalar', name: 'object' },
  errors: [{ code: 'ERROR_NOT_FOUND', message: 'Not found', description: 'No such item.', httpStatus: 400 }],
  examples: { request: { id: 1, fields: { TITLE: 'A' } }, response: { result: { ID: 1 } } },
  seeAlso: [],
  diagnostics: [],
};

/** The method's parts of its module and of its fixtures module. */
export function warmupRequests(): PartRequest[] {
  const ir: IrDocument = { irVersion: 1, methods: [METHOD], types: [], systemErrors: [], pages: [], diagnostics: [] };
  const plan = planPackage(ir);
  return plan.methods.flatMap((method): PartRequest[] => [
    { kind: 'methods', input: method },
    { kind: 'fixtures', input: method },
  ]);
}
