import { DomainError } from '@civic/domain-kernel';
import { ProblemError } from '@civic/platform';
import { QueryFailedError } from 'typeorm';

/**
 * A refusal of a row's data, as the report states it (`uniqueRace`: what a unique violation means
 * for this import); undefined for failures that are not about the data (the database went away),
 * which leave the job running to be resumed.
 */
export function refusalOf(error: unknown, uniqueRace: string): { message: string; field?: string } | undefined {
  if (error instanceof DomainError) return { message: `${error.code}: ${error.message}`, field: error.field };
  if (error instanceof ProblemError && error.status < 500) return { message: `${error.code}: ${error.message}` };
  if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505') return { message: uniqueRace };
  return undefined;
}
