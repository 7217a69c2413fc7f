import type { Type } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { districtScopeRulesOf } from '../auth/district-scope.decorator';
import { PERMISSION_KEY } from '../auth/permission.decorator';

type Json = Record<string, any>;

/**
 * What each operation asks of its caller, read from the same decorators the guards enforce, so an
 * integrator (and the route-walking test) can see it without guessing: `x-permission`, the role
 * `<service>:<permission>` it needs, and `x-district-scope`, how it relates to districts
 * (`record`, `list`, `division`, `city-level`, `city-wide`, `domain-rule`).
 */
export function withRouteDeclarations(document: OpenAPIObject, controllers: Type[], service: string): OpenAPIObject {
  const operations = new Map<string, Json>();
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item as Json)) if (operation?.operationId) operations.set(operation.operationId, operation);
  }
  for (const controller of controllers) {
    for (const method of Object.getOwnPropertyNames(controller.prototype)) {
      const operation = operations.get(`${controller.name.replace(/Controller$/, '')}_${method}`);
      if (!operation) continue;
      const handler = controller.prototype[method] as object;
      const permission = (Reflect.getMetadata(PERMISSION_KEY, handler) ?? Reflect.getMetadata(PERMISSION_KEY, controller)) as string | undefined;
      if (permission) operation['x-permission'] = `${service}:${permission}`;
      const kinds = [...new Set((districtScopeRulesOf(handler) ?? []).map((rule) => rule.kind))];
      if (kinds.length) operation['x-district-scope'] = kinds;
    }
  }
  return document;
}
