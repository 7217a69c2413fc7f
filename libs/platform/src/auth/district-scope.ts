import { requestContext } from '../context/request-context';
import { ProblemError } from '../http/problem';
import { Actor } from './actor';

/**
 * District scope (属地管理): an actor whose token names districts may act only on records in them;
 * an actor without the claim acts city-wide. City-level records (the municipality itself) are
 * outside every district's scope.
 */
export function isInDistrictScope(actor: Actor, divisionCode: string): boolean {
  if (actor.districts.length === 0) return true;
  if (divisionCode.length === 6 && divisionCode.endsWith('0000')) return false;
  return actor.districts.includes(divisionCode.slice(0, 6));
}

/** Refuses (403) when the current request's actor may not act on `divisionCode`. */
export function assertDistrictInScope(divisionCode: string, actor: Actor | undefined = requestContext.current()?.actor): void {
  if (actor && !isInDistrictScope(actor, divisionCode)) {
    throw new ProblemError(
      403,
      'DISTRICT_OUT_OF_SCOPE',
      'Outside your district',
      `${divisionCode} lies outside the districts this token may act in (${actor.districts.join(', ')})`,
    );
  }
}
