import type { OpenAPIObject } from '@nestjs/swagger';
import { withCreateThenReadLinks } from './openapi-links';

const ok = (ref: string) => ({ description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } });

const document = (): OpenAPIObject => ({
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: {
    '/api/v1/cases': { post: { operationId: 'Cases_create', responses: { '201': ok('Case') } }, get: { operationId: 'Cases_list', responses: {} } },
    '/api/v1/cases/{id}': { get: { operationId: 'Cases_get', responses: { '200': ok('Case') } } },
    '/api/v1/cases/{id}/closure': { post: { operationId: 'Cases_close', responses: { '200': ok('Case') } } },
    '/api/v1/cases/{id}/notes': { post: { operationId: 'Notes_add', responses: { '201': ok('Note') } } },
    '/api/v1/cases/{id}/notes/{noteId}': { get: { operationId: 'Notes_get', responses: { '200': ok('Note') } } },
    '/api/v1/cases-archive/{id}': { get: { operationId: 'Archive_get', responses: {} } },
    '/api/v1/programmes/{code}/standards': { post: { operationId: 'Standards_add', responses: { '201': ok('Standard') } } },
    '/api/v1/programmes/{code}': { get: { operationId: 'Programmes_get', responses: {} } },
    '/api/v1/runs': { post: { operationId: 'Runs_start', responses: { '202': ok('Run') } } },
    '/api/v1/runs/{month}': { get: { operationId: 'Runs_get', responses: {} } },
  },
  components: {
    schemas: {
      Case: { type: 'object', properties: { id: { type: 'string' } } },
      Note: { type: 'object', properties: { id: { type: 'string' } } },
      Standard: { type: 'object', properties: { amount: { type: 'string' } } },
      Run: { type: 'object', properties: { month: { type: 'string' } } },
    },
  },
});

describe('create-then-read links', () => {
  const doc = withCreateThenReadLinks(document()) as any;

  it('link a create to every operation on the record it made, by the id in its body', () => {
    expect(doc.paths['/api/v1/cases'].post.responses['201'].links).toEqual({
      Cases_get: { operationId: 'Cases_get', parameters: { id: '$response.body#/id' } },
      Cases_close: { operationId: 'Cases_close', parameters: { id: '$response.body#/id' } },
      Notes_add: { operationId: 'Notes_add', parameters: { id: '$response.body#/id' } },
      Notes_get: { operationId: 'Notes_get', parameters: { id: '$response.body#/id' } },
    });
  });

  it('carry the parent path parameters of a nested create from its request', () => {
    expect(doc.paths['/api/v1/cases/{id}/notes'].post.responses['201'].links).toEqual({
      Notes_get: { operationId: 'Notes_get', parameters: { noteId: '$response.body#/id', id: '$request.path.id' } },
    });
  });

  it('fill a natural key from the body field of the same name, and link nothing the body cannot name', () => {
    expect(doc.paths['/api/v1/runs'].post.responses['202'].links).toEqual({
      Runs_get: { operationId: 'Runs_get', parameters: { month: '$response.body#/month' } },
    });
    expect(doc.paths['/api/v1/programmes/{code}/standards'].post.responses['201'].links).toBeUndefined();
    expect(doc.paths['/api/v1/cases/{id}/closure'].post.responses['200'].links).toBeUndefined();
  });
});
