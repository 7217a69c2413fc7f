import type { BusinessDate } from '@civic/domain-kernel';
import type { FacilityGrade } from './facility-rules';

/** What happened to a facility; the use case turns the published ones into integration events. */
export type FacilityChange =
  | { kind: 'filed' }
  | { kind: 'graded'; grade: FacilityGrade }
  | { kind: 'capacity-revised'; licensedCapacity: number }
  | { kind: 'credit-moved'; delta: number; reason: string; on: BusinessDate; score: number }
  | { kind: 'filing-revoked'; reason: string };
