import { DomainError } from './domain-error';

/** The code of the DomainError `work` throws, or undefined when it throws none (for table-driven specs). */
export function errorCodeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}
