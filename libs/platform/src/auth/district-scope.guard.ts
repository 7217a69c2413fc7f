import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { requestContext } from '../context/request-context';
import { ProblemError } from '../http/problem';
import { Actor } from './actor';
import { districtScopeRulesOf, DistrictScopeRule, RecordDivisions, RequestPart } from './district-scope.decorator';
import { assertDistrictInScope } from './district-scope';

type ScopedRequest = { actor?: Actor; params?: Record<string, unknown>; body?: unknown; query?: Record<string, unknown> };

const DIVISION_CODE = /^\d{6}(\d{3}(\d{3})?)?$/;
const CITY = /^\d{2}0000$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Applies the route's declared district-scope rules (see DistrictScope) after authentication, before
 * any work: a district-scoped token is refused (403) outside its districts and on city-level
 * settings. Values that are malformed are left to validation, which refuses them (400) next.
 */
@Injectable()
export class DistrictScopeGuard implements CanActivate {
  constructor(private readonly moduleRef: ModuleRef) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const rules = districtScopeRulesOf(context.getHandler());
    const request = context.switchToHttp().getRequest<ScopedRequest>();
    const actor = request.actor;
    // Public routes have no actor; city-wide tokens pass every rule.
    if (!actor || actor.districts.length === 0) return true;
    if (!rules) throw new ProblemError(403, 'DISTRICT_SCOPE_UNDECLARED', 'Route declares no district scope', 'this route declares no district scope');
    for (const rule of rules) await this.apply(rule, request, actor);
    return true;
  }

  private async apply(rule: DistrictScopeRule, request: ScopedRequest, actor: Actor): Promise<void> {
    switch (rule.kind) {
      case 'city-level':
        throw new ProblemError(
          403,
          'CITY_LEVEL_ONLY',
          'City-level setting',
          `a token scoped to districts (${actor.districts.join(', ')}) may not act on city-level settings`,
        );
      case 'division': {
        const code = valueOf(request, rule.part, rule.name);
        if (typeof code === 'string' && DIVISION_CODE.test(code)) assertDistrictInScope(code, actor);
        return;
      }
      case 'record': {
        const id = valueOf(request, rule.part, rule.name);
        if (typeof id !== 'string' || !UUID.test(id)) return;
        const division = await this.moduleRef.get<RecordDivisions>(rule.port, { strict: false }).divisionOf(id);
        if (division) assertDistrictInScope(division, actor);
        return;
      }
      case 'list': {
        const context = requestContext.current();
        if (context) context.districtScopedList = true;
        const filter = rule.filter && valueOf(request, 'query', rule.filter);
        // Filtering by the whole city is what the list does anyway for a district token.
        if (typeof filter === 'string' && DIVISION_CODE.test(filter) && !CITY.test(filter)) assertDistrictInScope(filter, actor);
        return;
      }
      case 'city-wide':
      case 'domain-rule':
        return;
    }
  }
}

function valueOf(request: ScopedRequest, part: RequestPart, name: string): unknown {
  const source = part === 'param' ? request.params : part === 'query' ? request.query : request.body;
  return source && typeof source === 'object' ? (source as Record<string, unknown>)[name] : undefined;
}
