import { BusinessDate } from '@civic/domain-kernel';

/** A domain event of the division aggregate: what changed and from when. */
export type DivisionChange =
  | { kind: 'established'; name: string; effectiveDate: BusinessDate }
  | { kind: 'renamed'; name: string; previousName: string; effectiveDate: BusinessDate }
  | { kind: 'revoked'; name: string; effectiveDate: BusinessDate; reason: string }
  | { kind: 'merged'; mergedCodes: string[]; effectiveDate: BusinessDate };
