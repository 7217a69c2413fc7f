import { SERVICE_REGISTRY } from '@civic/contracts';
import { CitizenId, UnifiedSocialCreditCode } from '@civic/domain-kernel';
import { controllersOf, createServiceApp, isDto, openApiDocument, routeArguments, ServiceDefinition } from '@civic/platform';
import type { PipeTransform, Type } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { join } from 'node:path';

type Json = Record<string, any>;

/**
 * Every example of every service's OpenAPI document is one the server itself accepts: each body or
 * query field example passes the DTO's class-validator rules, each path example passes the route's
 * pipes, every example (responses' too) fits its own schema, and citizen IDs and credit codes have
 * valid check characters. Integrators copy examples into their first requests; a refused example
 * is a broken promise.
 */
describe('examples in the OpenAPI documents', () => {
  const documents = new Map<string, { document: Json; controllers: Type[] }>();

  beforeAll(async () => {
    for (const { name } of SERVICE_REGISTRY) {
      const root = join(__dirname, '..', '..', 'services', name, 'src');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { AppModule } = require(join(root, 'app.module')) as { AppModule: Type };
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { service } = require(join(root, 'service')) as { service: ServiceDefinition };
      const app = await createServiceApp(AppModule, service, { preview: true });
      documents.set(name, { document: openApiDocument(app, service) as Json, controllers: controllersOf(app.get(ModulesContainer)) });
      await app.close();
    }
  }, 60_000);

  it.each(SERVICE_REGISTRY.map((s) => s.name))('%s: every example passes the server validators and its own schema', async (name) => {
    const { document, controllers } = documents.get(name)!;
    const problems = [...schemaProblems(document), ...identifierProblems(document), ...(await validatorProblems(document, controllers))];
    expect(problems).toEqual([]);
    expect(countExamples(document)).toBeGreaterThan(0);
  });
});

/** Each `example` against the schema it sits in (with the document's components for references). */
function schemaProblems(document: Json): string[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ components: document.components }, 'doc');
  const problems: string[] = [];
  walk(document, '', (schema, where) => {
    if (!('example' in schema) || schema.$ref || where.startsWith('/components/schemas/ProblemDetails')) return;
    const { example, ...rules } = schema;
    const check = ajv.compile(jsonSchemaOf(JSON.parse(JSON.stringify(rules).replace(/"#\/components\//g, '"doc#/components/'))) as object);
    const value = rules.nullable && example === null ? undefined : example;
    if (value !== undefined && !check(value)) problems.push(`${where}: ${JSON.stringify(example)} ${ajv.errorsText(check.errors)}`);
  });
  return problems;
}

/** OpenAPI 3.0's boolean exclusive bounds as JSON Schema (draft 7, which Ajv reads) states them. */
function jsonSchemaOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(jsonSchemaOf);
  if (!node || typeof node !== 'object') return node;
  const schema: Json = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, jsonSchemaOf(value)]));
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ]) {
    if (typeof schema[exclusive] !== 'boolean') continue;
    if (schema[exclusive]) schema[exclusive] = schema[bound];
    else delete schema[exclusive];
    if (schema[exclusive] !== undefined) delete schema[bound];
  }
  return schema;
}

/** Citizen IDs and credit codes in examples carry right check characters (masked ones aside). */
function identifierProblems(document: Json): string[] {
  const problems: string[] = [];
  walk(document, '', (schema, where) => {
    const field =
      where
        .split('/')
        .filter((p) => p !== 'items' && p !== 'schema')
        .at(-1) ?? '';
    if (typeof schema.example !== 'string' || schema.example.includes('*')) return;
    try {
      if (/citizenIds?$/i.test(field)) CitizenId.parse(schema.example);
      if (/uscc$/i.test(field)) UnifiedSocialCreditCode.parse(schema.example);
    } catch (error) {
      problems.push(`${where}: ${schema.example} ${(error as Error).message}`);
    }
  });
  return problems;
}

/** Body and query field examples through the DTO's rules; path examples through the route's pipes. */
async function validatorProblems(document: Json, controllers: Type[]): Promise<string[]> {
  const operations = new Map<string, Json>();
  for (const item of Object.values<Json>(document.paths)) for (const operation of Object.values<Json>(item)) operations.set(operation.operationId, operation);
  const problems: string[] = [];
  for (const { operationId, kind, name, pipes, type } of routeArguments(controllers)) {
    const operation = operations.get(operationId);
    if (!operation) continue;
    if (kind === RouteParamtypes.BODY && !name && isDto(type)) {
      const schema = resolve(document, operation.requestBody?.content?.['application/json']?.schema);
      problems.push(...(await dtoProblems(type, exampleOf(document, schema), `${operationId} body`)));
    }
    if (kind === RouteParamtypes.QUERY && !name && isDto(type)) {
      const example = Object.fromEntries(
        (operation.parameters ?? [])
          .filter((p: Json) => p.in === 'query' && p.schema?.example !== undefined)
          .map((p: Json) => [p.name, String(p.schema.example)]),
      );
      problems.push(...(await dtoProblems(type, example, `${operationId} query`)));
    }
    const example = (operation.parameters ?? []).find((p: Json) => p.in === 'path' && p.name === name)?.schema?.example;
    if (kind !== RouteParamtypes.PARAM || !name || example === undefined) continue;
    for (const pipe of pipes) {
      const instance = (typeof pipe === 'function' ? new (pipe as Type<PipeTransform>)() : pipe) as PipeTransform;
      try {
        await instance.transform(String(example), { type: 'param', data: name });
      } catch (error) {
        problems.push(`${operationId} path ${name}: ${JSON.stringify(example)} ${(error as Error).message}`);
      }
    }
  }
  return problems;
}

async function dtoProblems(dto: Type, example: unknown, where: string): Promise<string[]> {
  if (!example || typeof example !== 'object') return [];
  const errors = await validate(plainToInstance(dto, example) as object, { skipMissingProperties: true, forbidUnknownValues: false });
  const flatten = (list: typeof errors, prefix: string): string[] =>
    list.flatMap((e) => [
      ...Object.values(e.constraints ?? {}).map((m) => `${where} ${prefix}${e.property}: ${m}`),
      ...flatten(e.children ?? [], `${prefix}${e.property}.`),
    ]);
  return flatten(errors, '');
}

/** The example a client would assemble from a schema's field examples (nested objects and lists too). */
function exampleOf(document: Json, schema: Json | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return undefined;
  if (schema.example !== undefined) return schema.example;
  if (schema.type === 'array') {
    const item = exampleOf(document, resolve(document, schema.items), depth + 1);
    return item === undefined ? undefined : [item];
  }
  if (!schema.properties) return undefined;
  const entries = Object.entries<Json>(schema.properties)
    .map(([name, property]) => [name, exampleOf(document, resolve(document, property), depth + 1)] as const)
    .filter(([, value]) => value !== undefined);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

function resolve(document: Json, schema: Json | undefined): Json | undefined {
  if (schema?.$ref) return resolve(document, document.components.schemas[schema.$ref.split('/').at(-1)]);
  if (schema?.allOf?.length === 1 && !schema.properties) return { ...resolve(document, schema.allOf[0]), ...schema, allOf: undefined };
  return schema;
}

function walk(node: unknown, where: string, visit: (schema: Json, where: string) => void): void {
  if (!node || typeof node !== 'object') return;
  if (!Array.isArray(node)) visit(node as Json, where);
  for (const [key, value] of Object.entries(node)) if (key !== 'example' && key !== 'examples') walk(value, `${where}/${key}`, visit);
}

function countExamples(document: Json): number {
  let n = 0;
  walk(document, '', (schema) => (n += 'example' in schema ? 1 : 0));
  return n;
}
