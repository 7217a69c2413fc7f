import { BusinessDate } from '@civic/domain-kernel';

/** A correction (更正) as kept on the record: who, when, why and each changed field's value before and after. */
export interface Correction {
  correctedOn: string;
  correctedBy: string;
  reason: string;
  changes: Record<string, { from: string; to: string }>;
}

/** What happened to a death record; the use case turns each change into its integration event. */
export type DeathRecordChange =
  { kind: 'registered' } | { kind: 'cremated' } | { kind: 'corrected'; correction: Correction; previousDateOfDeath: BusinessDate } | { kind: 'revoked' };
