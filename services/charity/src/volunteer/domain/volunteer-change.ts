import { BusinessDate } from '@civic/domain-kernel';

/** What happened to a volunteer; the store writes memberships and service records from it. */
export type VolunteerChange =
  | { kind: 'registered' }
  | { kind: 'joined'; organisationId: string; on: BusinessDate }
  | { kind: 'served'; organisationId: string; on: BusinessDate; tenthsOfHours: number; activity: string }
  | { kind: 'closed'; on: BusinessDate; reason: string }
  | { kind: 'reopened'; reason: string };
