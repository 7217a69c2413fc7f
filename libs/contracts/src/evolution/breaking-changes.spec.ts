import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventBreakingChanges } from './event-breaking-changes';
import { openApiBreakingChanges } from './openapi-breaking-changes';
import { isMajorBump } from './version-bump';

const committed = (service: string, file: string) => JSON.parse(readFileSync(join(__dirname, '../../../../services', service, file), 'utf8'));
const copy = <T>(value: T): T => structuredClone(value);

describe('breaking changes to an OpenAPI document', () => {
  const base = committed('assistance', 'openapi.json');

  it('finds none between a document and itself, nor for additions', () => {
    expect(openApiBreakingChanges(base, base)).toEqual([]);
    const grown = copy(base);
    grown.paths['/api/v1/new-things'] = { get: { responses: { '200': { description: 'ok' } } } };
    grown.components.schemas.HouseholdResponse.properties.note = { type: 'string' };
    grown.paths['/api/v1/households'].get.parameters.push({ name: 'street', in: 'query', required: false, schema: { type: 'string' } });
    expect(openApiBreakingChanges(base, grown)).toEqual([]);
  });

  it('fails a deliberately breaking change to the committed assistance contract', () => {
    const broken = copy(base);
    delete broken.components.schemas.HouseholdResponse.properties.perCapitaMonthlyIncome;
    expect(openApiBreakingChanges(base, broken)).toContain('GET /api/v1/households/{id} 200 body.perCapitaMonthlyIncome: removed');
  });

  const operation = (overrides: Record<string, unknown> = {}) => ({
    openapi: '3.0.0',
    paths: {
      '/api/v1/cases/{id}': {
        post: {
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
            { name: 'dryRun', in: 'query', required: false, schema: { type: 'boolean' } },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['kind'],
                  properties: { kind: { type: 'string', enum: ['a', 'b'] }, note: { type: 'string', maxLength: 200 } },
                },
              },
            },
          },
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': {
                  schema: { type: 'object', required: ['id', 'status'], properties: { id: { type: 'string' }, status: { type: 'string', enum: ['open'] } } },
                },
              },
            },
          },
          ...overrides,
        },
      },
    },
  });
  const changed = (edit: (op: any, item: any) => void) => {
    const current = operation() as any;
    edit(current.paths['/api/v1/cases/{id}'].post, current.paths['/api/v1/cases/{id}']);
    return openApiBreakingChanges(operation(), current);
  };

  it.each([
    ['an operation removed', (_op: any, item: any) => delete item.post, 'POST /api/v1/cases/{id}: operation removed'],
    ['a success status removed', (op: any) => (op.responses = { '201': op.responses['200'] }), 'POST /api/v1/cases/{id}: success status 200 removed'],
    [
      'a new required query parameter',
      (op: any) => op.parameters.push({ name: 'year', in: 'query', required: true, schema: { type: 'integer' } }),
      'new required query parameter year',
    ],
    ['a query parameter removed', (op: any) => op.parameters.pop(), 'query parameter dryRun removed'],
    [
      'a new required body field',
      (op: any) => op.requestBody.content['application/json'].schema.required.push('note'),
      'request body: new required field note',
    ],
    [
      'a request enum narrowed',
      (op: any) => (op.requestBody.content['application/json'].schema.properties.kind.enum = ['a']),
      'request body.kind: no longer accepts "b"',
    ],
    [
      'a tighter bound',
      (op: any) => (op.requestBody.content['application/json'].schema.properties.note.maxLength = 100),
      'request body.note: maxLength 200 -> 100',
    ],
    [
      'a body field dropped from a closed schema',
      (op: any) => delete op.requestBody.content['application/json'].schema.properties.note,
      'request body.note: no longer accepted',
    ],
    [
      'a response field now nullable',
      (op: any) => (op.responses['200'].content['application/json'].schema.properties.id.nullable = true),
      '200 body.id: may now be null',
    ],
    [
      'a response field no longer required',
      (op: any) => (op.responses['200'].content['application/json'].schema.required = ['id']),
      '200 body.status: may now be missing',
    ],
    [
      'a new response enum value',
      (op: any) => op.responses['200'].content['application/json'].schema.properties.status.enum.push('closed'),
      '200 body.status: may now be "closed"',
    ],
    ['a path parameter format tightened', (op: any) => (op.parameters[0].schema.pattern = '^[0-9a-f-]+$'), 'path parameter id: pattern'],
  ])('reports %s', (_what, edit, expected) => {
    expect(changed(edit).join('\n')).toContain(expected);
  });

  it('reports items of a request list that must now be unique', () => {
    const base = operation() as any;
    base.paths['/api/v1/cases/{id}'].post.requestBody.content['application/json'].schema.properties.tags = { type: 'array', items: { type: 'string' } };
    const current = structuredClone(base);
    current.paths['/api/v1/cases/{id}'].post.requestBody.content['application/json'].schema.properties.tags.uniqueItems = true;
    expect(openApiBreakingChanges(base, current)).toContain('POST /api/v1/cases/{id} request body.tags: items must now be unique');
  });

  it('accepts a request that takes more and a response that promises more', () => {
    expect(
      changed((op) => {
        const body = op.requestBody.content['application/json'].schema;
        body.properties.kind.enum.push('c');
        body.properties.note.maxLength = 500;
        body.properties.extra = { type: 'string' };
        op.responses['200'].content['application/json'].schema.required.push('extra');
        op.responses['200'].content['application/json'].schema.properties.extra = { type: 'string' };
      }),
    ).toEqual([]);
  });
});

describe('breaking changes to event schemas (additive-only)', () => {
  const base = committed('community', 'asyncapi.json');
  const established = (document: any) => Object.values<any>(document.components.messages).find((m) => m.name === 'community.division.established.v1');

  it('allows only new optional fields and new event types', () => {
    expect(eventBreakingChanges(base, base)).toEqual([]);
    const grown = copy(base);
    established(grown).payload.properties.alias = { type: 'string' };
    grown.components.messages.extra = { name: 'community.division.split.v1', headers: {}, payload: { type: 'object' } };
    expect(eventBreakingChanges(base, grown)).toEqual([]);
  });

  it.each([
    ['a field removed', (m: any) => delete m.payload.properties.name, 'payload.name: removed'],
    [
      'a new required field',
      (m: any) => m.payload.required.push('alias') && (m.payload.properties.alias = { type: 'string' }),
      'payload: new required field alias',
    ],
    ['an enum narrowed', (m: any) => (m.payload.properties.level.enum = m.payload.properties.level.enum.slice(1)), 'payload.level: no longer accepts'],
    ['an enum widened', (m: any) => m.payload.properties.level.enum.push('galaxy'), 'payload.level: may now be "galaxy"'],
  ])('reports %s', (_what, edit, expected) => {
    const current = copy(base);
    edit(established(current));
    expect(eventBreakingChanges(base, current).join('\n')).toContain(expected);
  });

  it('reports a removed event type', () => {
    const current = copy(base);
    for (const [key, message] of Object.entries<any>(current.components.messages))
      if (message.name === 'community.division.established.v1') delete current.components.messages[key];
    expect(eventBreakingChanges(base, current)).toContain('community.division.established.v1: event type removed');
  });
});

describe('version bumps', () => {
  it('only a higher major version may break', () => {
    expect(isMajorBump('1.4.0', '2.0.0')).toBe(true);
    expect(isMajorBump('1.4.0', '1.5.0')).toBe(false);
    expect(isMajorBump('1.4.0', '1.4.0')).toBe(false);
    expect(isMajorBump(undefined, '1.0.0')).toBe(false);
    expect(isMajorBump('2.0.0', '1.9.0')).toBe(false);
  });

  it('before 1.0 each minor is a breaking boundary', () => {
    expect(isMajorBump('0.2.0', '0.3.0')).toBe(true);
    expect(isMajorBump('0.2.0', '0.2.1')).toBe(false);
    expect(isMajorBump('0.2.0', '1.0.0')).toBe(true);
  });
});
