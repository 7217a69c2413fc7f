import type { Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';

/** One argument of a route handler as Nest sees it: body, query or a path parameter, with its pipes. */
export type RouteArgument = {
  /** The OpenAPI operationId of the handler (`<Controller minus suffix>_<method>`). */
  operationId: string;
  kind: RouteParamtypes;
  /** The named part (`@Param('id')`), absent for a whole body or query DTO. */
  name?: string;
  pipes: unknown[];
  /** The declared TypeScript type (the DTO class for a body or query). */
  type?: Function;
};

/** Every argument of every route handler of the controllers, for tools that read what routes accept. */
export function routeArguments(controllers: Type[]): RouteArgument[] {
  const found: RouteArgument[] = [];
  for (const controller of controllers) {
    for (const method of Object.getOwnPropertyNames(controller.prototype)) {
      const args: Record<string, { index: number; data?: string; pipes?: unknown[] }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {};
      const types: Function[] = Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? [];
      const operationId = `${controller.name.replace(/Controller$/, '')}_${method}`;
      for (const [key, arg] of Object.entries(args)) {
        found.push({ operationId, kind: Number(key.split(':')[0]) as RouteParamtypes, name: arg.data, pipes: arg.pipes ?? [], type: types[arg.index] });
      }
    }
  }
  return found;
}

/** Whether a declared type is a DTO class (not a primitive wrapper). */
export function isDto(type: unknown): type is Type {
  return typeof type === 'function' && ![String, Number, Boolean, Object, Array].includes(type as never);
}
