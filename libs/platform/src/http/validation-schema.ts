import type { Type } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { isDto, routeArguments } from './route-arguments';

type Json = Record<string, any>;

/** A pipe that documents what it accepts (a path parameter's schema), e.g. the division-code pipe. */
export interface DocumentedPipe {
  openApiSchema: Json;
}

/**
 * The document says what the validators check: each class-validator rule of a DTO becomes the
 * JSON Schema keyword that states it (Matches -> pattern, MaxLength -> maxLength, IsIn -> enum,
 * Min/Max, IsInt, array sizes ...), for bodies (their component schemas, nested ones included),
 * query DTOs (their parameters) and path parameters whose pipe documents itself. Keywords a
 * decorator already set are kept.
 */
export function withValidationRules(document: OpenAPIObject, controllers: Type[]): OpenAPIObject {
  const operations = new Map<string, Json>();
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item as Json)) if (operation?.operationId) operations.set(operation.operationId, operation);
  }
  const schemas = (document.components?.schemas ?? {}) as Record<string, Json>;
  const visited = new Set<Function>();
  for (const { operationId, kind, name, pipes, type } of routeArguments(controllers)) {
    const operation = operations.get(operationId);
    if (!operation) continue;
    if (kind === RouteParamtypes.BODY && !name && isDto(type)) documentBody(type, schemas, visited);
    if (kind === RouteParamtypes.QUERY && !name && isDto(type)) documentQuery(type, operation);
    if (kind === RouteParamtypes.PARAM && name) documentPathParameter(name, pipes, operation);
  }
  return document;
}

function documentBody(dto: Function, schemas: Record<string, Json>, visited: Set<Function>): void {
  if (visited.has(dto)) return;
  visited.add(dto);
  const schema = schemas[dto.name];
  const byProperty = rulesOf(dto);
  for (const [property, rules] of byProperty) {
    const target = schema?.properties?.[property];
    if (target) applyRules(target, rules);
  }
  for (const nested of nestedDtos(dto)) documentBody(nested, schemas, visited);
}

function documentQuery(dto: Function, operation: Json): void {
  for (const [property, rules] of rulesOf(dto)) {
    const parameter = (operation.parameters ?? []).find((p: Json) => p.in === 'query' && p.name === property);
    if (parameter) applyRules((parameter.schema ??= {}), rules);
  }
}

function documentPathParameter(name: string, pipes: unknown[], operation: Json): void {
  const parameter = (operation.parameters ?? []).find((p: Json) => p.in === 'path' && p.name === name);
  for (const pipe of pipes) {
    const documented = ((pipe as Partial<DocumentedPipe>).openApiSchema ?? (pipe as { constructor?: Partial<DocumentedPipe> }).constructor?.openApiSchema) as
      Json | undefined;
    if (parameter && documented) parameter.schema = { ...parameter.schema, ...documented };
  }
}

/** The class-validator rules of each property of a DTO (inherited ones included). */
function rulesOf(dto: Function): Map<string, ValidationMetadata[]> {
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const metadata of metadatas) byProperty.set(metadata.propertyName, [...(byProperty.get(metadata.propertyName) ?? []), metadata]);
  return byProperty;
}

/** Nested DTO classes a DTO refers to through its Swagger property types. */
function nestedDtos(dto: Function): Function[] {
  const names: string[] = Reflect.getMetadata('swagger/apiModelPropertiesArray', dto.prototype) ?? [];
  return names.flatMap((raw) => {
    const options = Reflect.getMetadata('swagger/apiModelProperties', dto.prototype, raw.replace(/^:/, '')) as { type?: unknown } | undefined;
    let type = options?.type;
    if (Array.isArray(type)) type = type[0];
    if (typeof type === 'function' && !type.prototype) type = (type as () => unknown)();
    if (Array.isArray(type)) type = type[0];
    return isDto(type as Function) && typeof type === 'function' && type.prototype ? [type as Function] : [];
  });
}

/** The keyword(s) each rule states, applied where the document does not already say otherwise. */
function applyRules(schema: Json, rules: ValidationMetadata[]): void {
  const each = rules.some((rule) => rule.each);
  const target = each && schema.type === 'array' ? (schema.items ??= {}) : schema;
  const set = (on: Json, key: string, value: unknown) => {
    if (on[key] === undefined && value !== undefined) on[key] = value;
  };
  for (const rule of rules) {
    const c = rule.constraints ?? [];
    const on = rule.each ? target : schema;
    switch (rule.name) {
      case 'matches':
        if (c[0] instanceof RegExp && !c[0].flags) set(on, 'pattern', c[0].source);
        else if (typeof c[0] === 'string' && !c[1]) set(on, 'pattern', c[0]);
        break;
      case 'maxLength':
        set(on, 'maxLength', c[0]);
        break;
      case 'minLength':
        set(on, 'minLength', c[0]);
        break;
      case 'isNotEmpty':
        if (on.type === 'string') on.minLength = Math.max(1, on.minLength ?? 0);
        break;
      case 'min':
        set(on, 'minimum', c[0]);
        break;
      case 'max':
        set(on, 'maximum', c[0]);
        break;
      case 'isInt':
        on.type = 'integer';
        break;
      case 'isPositive':
        set(on, 'minimum', 0);
        set(on, 'exclusiveMinimum', true);
        break;
      case 'isIn':
        set(on, 'enum', c[0]);
        break;
      case 'isIso8601':
        set(on, 'format', 'date');
        break;
      case 'isDecimalNumber':
        set(on, 'multipleOf', 10 ** -c[0]);
        break;
      case 'isUuid':
        set(on, 'format', 'uuid');
        break;
      case 'arrayMinSize':
        set(schema, 'minItems', c[0]);
        break;
      case 'arrayMaxSize':
        set(schema, 'maxItems', c[0]);
        break;
      case 'arrayUnique':
        set(schema, 'uniqueItems', true);
        break;
    }
  }
}
