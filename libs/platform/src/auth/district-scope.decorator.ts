import { applyDecorators } from '@nestjs/common';
import { ApiForbiddenResponse } from '@nestjs/swagger';

export const DISTRICT_SCOPE_KEY = 'civic:district-scope';

/** What a module gives the kit to find the division of one of its records (a query port extends it). */
export interface RecordDivisions {
  /** The record's division code, or undefined when there is no such record (the route then answers 404). */
  divisionOf(id: string): Promise<string | undefined>;
}

/** Where a request names a value: a path parameter, a body field or a query parameter. */
export type RequestPart = 'param' | 'body' | 'query';

/**
 * How a route's data relates to districts (属地管理). Every /api route declares at least one rule;
 * a route with none stops the service at start-up. The district-scope guard applies them to
 * district-scoped tokens (tokens with a `districts` claim); city-wide tokens pass every rule.
 */
export type DistrictScopeRule =
  /** City-level settings and city-wide jobs: refused to district-scoped tokens. */
  | { kind: 'city-level' }
  /** Data no district owns (reference data, registrations served by any office): open to every token with the permission. */
  | { kind: 'city-wide'; reason: string }
  /** The request itself names the division (a body field, a path or query parameter). */
  | { kind: 'division'; part: RequestPart; name: string }
  /** The request names a record (by id) whose division the module's RecordDivisions port finds. */
  | { kind: 'record'; port: symbol; part: RequestPart; name: string }
  /** A list: the query adapter's districtFilter keeps it to the token's districts; a division filter parameter, if named, is checked. */
  | { kind: 'list'; filter?: string }
  /** The module decides with a named domain rule (e.g. an import is visible within its uploader's districts). */
  | { kind: 'domain-rule'; rule: string };

function declare(rule: DistrictScopeRule, refusal?: string) {
  return applyDecorators(
    (_target: object, _key: string | symbol, descriptor: PropertyDescriptor) => {
      Reflect.defineMetadata(DISTRICT_SCOPE_KEY, [...(districtScopeRulesOf(descriptor.value) ?? []), rule], descriptor.value);
    },
    ...(refusal ? [ApiForbiddenResponse({ description: refusal })] : []),
  );
}

const OUTSIDE = 'A district-scoped token acting outside its districts (DISTRICT_OUT_OF_SCOPE)';

/** The rules a route may declare; several may be stacked (a household move checks the record and the new division). */
export const DistrictScope = {
  /** City-level settings (programmes, standards, price policies ...): district-scoped tokens are refused. */
  cityLevel: () => declare({ kind: 'city-level' }, 'A district-scoped token on a city-level setting (CITY_LEVEL_ONLY)'),
  /** Data no district owns; `reason` says why, for the reader of the route. */
  cityWide: (reason: string) => declare({ kind: 'city-wide', reason }),
  /** The division named by a body field (default), path or query parameter must be in the token's districts. */
  division: (name: string, part: RequestPart = 'body') => declare({ kind: 'division', part, name }, OUTSIDE),
  /** The record named by a path parameter (default `id`) or body field must lie in the token's districts. */
  record: (port: symbol, name = 'id', part: RequestPart = 'param') => declare({ kind: 'record', port, part, name }, OUTSIDE),
  /** A list kept to the token's districts by the query; `filter` names its division query parameter, checked when given. */
  list: (filter?: string) => declare({ kind: 'list', filter }, OUTSIDE),
  /** Scope decided by a domain rule the module applies; `rule` names it. */
  domainRule: (rule: string) => declare({ kind: 'domain-rule', rule }, OUTSIDE),
};

export function districtScopeRulesOf(handler: object): DistrictScopeRule[] | undefined {
  return Reflect.getMetadata(DISTRICT_SCOPE_KEY, handler);
}
