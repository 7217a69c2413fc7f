import { maskCitizenId } from '@civic/domain-kernel';
import { requestContext } from '../context/request-context';
import { hasPermission } from './actor';

/** The permission that lets a caller see citizen ID numbers unmasked in responses. */
export const PERSONAL_DATA_PERMISSION = 'personal-data.read';

/**
 * A citizen ID number as the current caller may see it: whole for roles that need it
 * (`<service>:personal-data.read`), masked (`310104********123X`) for everyone else.
 */
export function citizenIdForCaller(service: string, citizenId: string): string;
export function citizenIdForCaller(service: string, citizenId: string | null): string | null;
export function citizenIdForCaller(service: string, citizenId: string | null): string | null {
  if (citizenId === null) return null;
  return callerMaySeePersonalData(service) ? citizenId : maskCitizenId(citizenId);
}

/** True when the current caller holds `<service>:personal-data.read`. */
export function callerMaySeePersonalData(service: string): boolean {
  const actor = requestContext.current()?.actor;
  return !!actor && hasPermission(actor, service, PERSONAL_DATA_PERMISSION);
}

/** A JSON value with every citizen ID in it masked unless the caller may see them. */
export function personalDataForCaller<T>(service: string, value: T): T {
  return callerMaySeePersonalData(service) ? value : (JSON.parse(maskCitizenId(JSON.stringify(value))) as T);
}
