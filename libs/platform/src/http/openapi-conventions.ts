import type { OpenAPIObject } from '@nestjs/swagger';
import { NO_CONTROL_CHARACTERS_PATTERN } from './control-characters';

type Json = Record<string, any>;

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } };
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** What every /api operation can answer, whatever it declares, and why. */
const ALWAYS: Record<string, string> = {
  '400': 'Malformed request: a field, query or path parameter or header fails validation, an unknown query parameter or field, or a control character in text',
  '401': 'No bearer token, or an invalid or expired one',
  '403': 'The token lacks the permission, or the resource is outside its districts',
  '422': 'A rule refused a request the document allows: a check character, an unknown or revoked reference, a business rule (the problem code names it)',
  '429': 'This caller sent more requests a minute than the service allows (RATE_LIMITED); retry after Retry-After seconds',
  '503': 'The database cannot be reached right now (SERVICE_UNAVAILABLE); nothing was changed, retry after Retry-After seconds',
};

/**
 * The conventions every service's OpenAPI document follows, applied to the generated document so
 * that the decorators need not repeat them and the document cannot drift from the kit: every error
 * is `application/problem+json` with the ProblemDetails schema; every operation lists the statuses
 * the kit can answer for it (400, 401, 403, 422, 429, 503; 404 with a path parameter; 415 with a body); `id`
 * path parameters are UUIDs; text refuses control characters and request bodies unknown fields, as
 * the validation pipe does.
 */
export function withPlatformConventions(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Json)[method] as Json | undefined;
      if (!operation || !path.startsWith('/api/')) continue;
      const responses: Json = (operation.responses ??= {});
      for (const [status, description] of Object.entries(ALWAYS)) responses[status] ??= { description };
      if (path.includes('{')) responses['404'] ??= { description: 'No such resource' };
      if (operation.requestBody) responses['415'] ??= { description: 'The body is not of a media type the operation accepts' };
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) >= 400) (response as Json).content = PROBLEM;
      }
      for (const content of Object.values(operation.requestBody?.content ?? {})) {
        closeRequestSchema((content as Json).schema, document);
        refuseControlCharacters((content as Json).schema);
      }
      for (const parameter of (operation.parameters ?? []) as Json[]) {
        // A record's id is a UUID, unless its pipe documents another shape (a citizenId is not a record id).
        if (parameter.in === 'path' && /^(id|[a-z]+Id)$/.test(parameter.name) && !parameter.schema?.pattern)
          parameter.schema = { type: 'string', format: 'uuid' };
        refuseControlCharacters(parameter.schema);
      }
    }
  }
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    // Problems are the server's words, which may quote what was refused.
    if (name !== 'ProblemDetails' && name !== 'FieldProblem') refuseControlCharacters(schema as Json);
  }
  return document;
}

/**
 * `\\d` as the server means it: our validators run in JavaScript, where it is 0-9 only; in other
 * regex dialects (Python's, which Schemathesis and many client generators use) it also matches
 * other scripts' digits, which the server refuses.
 */
export function asciiDigits(pattern: string): string {
  let inClass = false;
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      out += next === 'd' ? (inClass ? '0-9' : '[0-9]') : c + (next ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/** A request body's schemas refuse unknown fields, as the validation pipe does (`additionalProperties: false`), nested ones too. */
function closeRequestSchema(schema: Json | undefined, document: OpenAPIObject, seen = new Set<string>()): void {
  if (!schema || typeof schema !== 'object') return;
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop()!;
    if (seen.has(name)) return;
    seen.add(name);
    return closeRequestSchema(document.components?.schemas?.[name] as Json, document, seen);
  }
  if (schema.type === 'object' && schema.properties) schema.additionalProperties ??= false;
  for (const child of Object.values(schema.properties ?? {})) closeRequestSchema(child as Json, document, seen);
  closeRequestSchema(schema.items, document, seen);
  for (const key of ['allOf', 'anyOf', 'oneOf']) for (const child of schema[key] ?? []) closeRequestSchema(child, document, seen);
}

/** Free text (a string with no pattern, format or enum of its own) gets the control-character pattern. */
function refuseControlCharacters(schema: Json | undefined): void {
  if (!schema || typeof schema !== 'object') return;
  if (schema.type === 'string' && !schema.pattern && !schema.format && !schema.enum) schema.pattern = NO_CONTROL_CHARACTERS_PATTERN;
  if (typeof schema.pattern === 'string') schema.pattern = asciiDigits(schema.pattern);
  for (const key of ['items', 'additionalProperties']) refuseControlCharacters(schema[key]);
  for (const child of Object.values(schema.properties ?? {})) refuseControlCharacters(child as Json);
  for (const key of ['allOf', 'anyOf', 'oneOf']) for (const child of schema[key] ?? []) refuseControlCharacters(child);
}
