import { describe, expect, it } from 'vitest';
import type { IrError } from '../ir/types.js';
import { errorBody, methodErrorResponses, statusKey, systemResponses } from './error-responses.js';

const system: IrError[] = [
  { code: 'NO_AUTH_FOUND', message: 'Wrong authorization data', description: 'Bad token.', httpStatus: 401 },
  { code: 'expired_token', message: 'The access token provided has expired', description: 'Expired.', httpStatus: 401 },
  { code: 'ACCESS_DENIED', message: 'Plans', description: 'Plan.', httpStatus: 403 },
  { code: 'QUERY_LIMIT_EXCEEDED', message: 'Too many requests', description: 'Slow down.', httpStatus: 503 },
];

describe('systemResponses', () => {
  it('groups the system errors into one shared response per HTTP status, with one example per code', () => {
    const out = systemResponses(system);
    expect([...out.responses.keys()]).toEqual(['SystemError401', 'SystemError403', 'SystemError429', 'SystemError503']);
    const r401 = out.responses.get('SystemError401');
    expect(Object.keys(r401?.content?.['application/json'].examples ?? {})).toEqual(['NO_AUTH_FOUND', 'expired_token']);
    expect(out.examples.get('SystemError_expired_token')?.value).toEqual({ error: 'expired_token', error_description: 'The access token provided has expired' });
  });

  it('adds the operating-time limit only when the docs do not list it', () => {
    expect(systemResponses(system).examples.get('SystemError_OPERATION_TIME_LIMIT')?.value).toEqual({ error: 'OPERATION_TIME_LIMIT' });
    const documented = [...system, { code: 'OPERATION_TIME_LIMIT', message: 'Method is blocked', description: '', httpStatus: 429 }];
    expect(systemResponses(documented).examples.get('SystemError_OPERATION_TIME_LIMIT')?.value).toEqual({
      error: 'OPERATION_TIME_LIMIT',
      error_description: 'Method is blocked',
    });
  });
});

describe('methodErrorResponses', () => {
  const shared = systemResponses(system);

  it('puts documented errors under 400 by default and references the shared responses elsewhere', () => {
    const out = methodErrorResponses(
      [
        { code: '0', message: 'Group id not found', description: 'No group.' },
        { code: '0', message: 'Backlog already added', description: 'Twice.' },
      ],
      'v2',
      shared,
    );
    expect([...out.keys()]).toEqual(['400', '401', '403', '429', '503']);
    expect(out.get('401')).toEqual({ $ref: '#/components/responses/SystemError401' });
    const r400 = out.get('400') as { content: { 'application/json': { schema: unknown; examples: Record<string, { value: unknown }> } } };
    expect(r400.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ErrorResponse' });
    expect(Object.keys(r400.content['application/json'].examples)).toEqual(['0', '0_2']);
    expect(r400.content['application/json'].examples['0_2']?.value).toEqual({ error: '0', error_description: 'Backlog already added' });
  });

  it('merges documented errors with the system errors of the same status', () => {
    const out = methodErrorResponses([{ code: 'ACCESS_DENIED', message: 'No rights', description: 'Rights.', httpStatus: 403 }], 'v2', shared);
    const r403 = out.get('403') as { content: { 'application/json': { examples: Record<string, unknown> } } };
    expect(r403.content['application/json'].examples).toEqual({
      ACCESS_DENIED: { summary: 'ACCESS_DENIED', description: 'Rights.', value: { error: 'ACCESS_DENIED', error_description: 'No rights' } },
      ACCESS_DENIED_2: { $ref: '#/components/examples/SystemError_ACCESS_DENIED' },
    });
  });

  it('uses the REST 3.0 error shape for v3 methods', () => {
    const error: IrError = { code: 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION', message: 'Bad', description: '', httpStatus: 400, field: 'id' };
    expect(errorBody(error, 'v3')).toEqual({ error: { code: error.code, message: 'Bad', validation: [{ field: 'id', message: 'Bad' }] } });
    const r400 = methodErrorResponses([error], 'v3', shared).get('400') as { content: { 'application/json': { schema: unknown } } };
    expect(r400.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ErrorResponseV3' });
    const r403 = methodErrorResponses([{ ...error, httpStatus: 403 }], 'v3', shared).get('403') as { content: { 'application/json': { schema: unknown } } };
    expect(r403.content['application/json'].schema).toEqual({
      oneOf: [{ $ref: '#/components/schemas/ErrorResponseV3' }, { $ref: '#/components/schemas/ErrorResponse' }],
    });
  });

  it('sends statuses outside 400-599 to default and files the documented error body by its code', () => {
    expect(statusKey(200)).toBe('default');
    expect(statusKey(undefined)).toBe('400');
    expect(statusKey(404)).toBe('404');
    const out = methodErrorResponses(
      [{ code: 'NOT_FOUND', message: 'Not found', description: '', httpStatus: 404 }],
      'v2',
      systemResponses([]),
      { error: 'NOT_FOUND', error_description: 'Not found' },
    );
    const r404 = out.get('404') as { content: { 'application/json': { examples: Record<string, { value: unknown }> } } };
    expect(Object.keys(r404.content['application/json'].examples)).toEqual(['documented', 'NOT_FOUND']);
  });
});
