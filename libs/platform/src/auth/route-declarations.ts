import { Injectable, OnModuleInit, Type } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModuleRef } from '@nestjs/core';
import { districtScopeRulesOf, RecordDivisions } from './district-scope.decorator';
import { PERMISSION_KEY, PUBLIC_KEY } from './permission.decorator';

/**
 * What every /api route must declare, checked once at start-up so that a forgotten decorator stops
 * the service instead of opening a hole: its permission, and how its data relates to districts
 * (DistrictScope), with every record-scope port resolvable.
 */
@Injectable()
export class RouteDeclarationsCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    const problems = this.discovery.getControllers().flatMap((wrapper) => (wrapper.metatype ? this.problemsOf(wrapper.metatype as Type) : []));
    if (problems.length > 0) throw new Error(`routes with missing declarations:\n  ${problems.join('\n  ')}`);
  }

  private problemsOf(controller: Type): string[] {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    if (!base.replace(/^\//, '').startsWith('api') || Reflect.getMetadata(PUBLIC_KEY, controller)) return [];
    const problems: string[] = [];
    for (const name of this.scanner.getAllMethodNames(controller.prototype)) {
      const handler = controller.prototype[name] as object;
      if (Reflect.getMetadata(PATH_METADATA, handler) === undefined || Reflect.getMetadata(PUBLIC_KEY, handler)) continue;
      const route = `${controller.name}.${name}`;
      if (!Reflect.getMetadata(PERMISSION_KEY, handler) && !Reflect.getMetadata(PERMISSION_KEY, controller)) problems.push(`${route}: no @RequirePermission`);
      const rules = districtScopeRulesOf(handler);
      if (!rules?.length) problems.push(`${route}: no @DistrictScope rule`);
      for (const rule of rules ?? []) {
        if (rule.kind !== 'record') continue;
        let port: Partial<RecordDivisions> | undefined;
        try {
          port = this.moduleRef.get(rule.port, { strict: false });
        } catch {
          port = undefined;
        }
        if (typeof port?.divisionOf !== 'function') problems.push(`${route}: ${String(rule.port.description)} is not a provider with divisionOf()`);
      }
    }
    return problems;
  }
}
