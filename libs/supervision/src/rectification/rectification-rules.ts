import { BusinessDate, DomainError } from '@civic/domain-kernel';

/**
 * 责令整改: a problem found on a day is to be put right by a deadline after that day. The error
 * code carries the prefix of the context that applies the rule (AGENCY, INSPECTION, ...).
 */
export function checkRectificationDeadline(foundOn: BusinessDate, rectifyBy: BusinessDate, codePrefix: string, field = 'rectifyBy'): void {
  if (!rectifyBy.isAfter(foundOn))
    throw new DomainError(`${codePrefix}.DEADLINE_INVALID`, `${field} must be after the day the problem was found`, 'invalid', field);
}

/** 逾期未整改: still open on a day after its deadline. */
export function isRectificationOverdue(rectifyBy: BusinessDate, rectifiedOn: BusinessDate | null, today: BusinessDate): boolean {
  return rectifiedOn === null && today.isAfter(rectifyBy);
}
