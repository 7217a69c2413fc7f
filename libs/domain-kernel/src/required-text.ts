import { DomainError } from './domain-error';

/**
 * A required text field, trimmed: 1 to `max` characters, else `<codePrefix>.FIELD_INVALID` naming
 * the field (an `invalid` error: 400-class). The one check of names, reasons and notes in every context.
 */
export function requiredText(value: string, field: string, max: number, codePrefix: string): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed || trimmed.length > max) throw new DomainError(`${codePrefix}.FIELD_INVALID`, `${field} must be 1-${max} characters`, 'invalid', field);
  return trimmed;
}
