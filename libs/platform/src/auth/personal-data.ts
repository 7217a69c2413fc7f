import { maskCitizenId } from '@civic/domain-kernel';
import { recordPersonalDataRead, requestContext } from '../context/request-context';
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

/** True when the current caller holds `<service>:personal-data.read` (and so the request's reads are audited). */
export function callerMaySeePersonalData(service: string): boolean {
  const actor = requestContext.current()?.actor;
  const may = !!actor && hasPermission(actor, service, PERSONAL_DATA_PERMISSION);
  if (may) recordPersonalDataRead('unmasked citizen IDs');
  return may;
}

/** A JSON value with every citizen ID in it masked unless the caller may see them. */
export function personalDataForCaller<T>(service: string, value: T): T {
  return callerMaySeePersonalData(service) ? value : (JSON.parse(maskCitizenId(JSON.stringify(value))) as T);
}
