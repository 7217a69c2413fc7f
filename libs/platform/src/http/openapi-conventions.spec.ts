import type { OpenAPIObject } from '@nestjs/swagger';
import { asciiDigits, withPlatformConventions } from './openapi-conventions';

const document = (): OpenAPIObject => ({
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: {
    '/api/v1/things/{id}': {
      post: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingRequest' } } } },
        responses: { '200': { description: 'ok' }, '409': { description: 'conflict', content: { 'application/json': { schema: {} } } } },
      },
    },
    '/api/v1/people/{citizenId}': {
      get: { parameters: [{ name: 'citizenId', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9]{17}[0-9Xx]$' } }], responses: {} },
    },
    '/health/live': { get: { responses: { '200': { description: 'ok' } } } },
  },
  components: {
    schemas: {
      ThingRequest: {
        type: 'object',
        properties: { name: { type: 'string' }, code: { type: 'string', pattern: '^\\d+$' }, part: { $ref: '#/components/schemas/Part' } },
      },
      Part: { type: 'object', properties: { note: { type: 'string' } } },
      ProblemDetails: { type: 'object', properties: { detail: { type: 'string' } } },
    },
  },
});

describe('withPlatformConventions', () => {
  const doc = withPlatformConventions(document()) as any;
  const operation = doc.paths['/api/v1/things/{id}'].post;

  it('lists what the kit can answer for an operation, every error as problem+json', () => {
    expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '401', '403', '404', '409', '415', '422', '429', '503']);
    for (const status of ['400', '401', '403', '404', '409', '415', '422', '429', '503']) {
      expect(operation.responses[status].content).toEqual({ 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } });
    }
    expect(operation.responses['200'].content).toBeUndefined();
    expect(doc.paths['/health/live'].get.responses['400']).toBeUndefined();
  });

  it('documents ids as UUIDs, free text without control characters, and request bodies closed to unknown fields', () => {
    expect(operation.parameters[0].schema).toEqual({ type: 'string', format: 'uuid' });
    // A name ending in Id is not a record id when its pipe documents another shape.
    expect(doc.paths['/api/v1/people/{citizenId}'].get.parameters[0].schema.pattern).toBe('^[0-9]{17}[0-9Xx]$');
    expect(doc.components.schemas.ThingRequest.properties.name.pattern).toMatch(/u0000/);
    expect(doc.components.schemas.ThingRequest.properties.code.pattern).toBe('^[0-9]+$');
    expect(doc.components.schemas.ThingRequest.additionalProperties).toBe(false);
    expect(doc.components.schemas.Part.additionalProperties).toBe(false);
    expect(doc.components.schemas.ProblemDetails.properties.detail.pattern).toBeUndefined();
  });
});

describe('asciiDigits', () => {
  it('writes \\d as 0-9, as JavaScript means it, inside and outside character classes', () => {
    expect(asciiDigits('^\\d{17}[\\dXx]$')).toBe('^[0-9]{17}[0-9Xx]$');
    expect(asciiDigits('^(\\*|(W/)?"\\d{1,9}")$')).toBe('^(\\*|(W/)?"[0-9]{1,9}")$');
    expect(new RegExp(asciiDigits('^\\d+\\.\\d{2}$')).test('12.50')).toBe(true);
  });
});
