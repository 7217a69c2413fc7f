import { BusinessDate } from '@civic/domain-kernel';
import { InspectionResult } from './annual-inspection';

/** What happened to a social organisation; the use case stores it in the history and turns it into its integration event. */
export type OrganisationChange =
  | { kind: 'registered' }
  | { kind: 'changed'; changed: RegisteredItem[]; on: BusinessDate }
  | { kind: 'deregistered'; reason: string; on: BusinessDate }
  | { kind: 'graded'; grade: number; on: BusinessDate; expiresOn: BusinessDate }
  | { kind: 'inspected'; year: number; result: InspectionResult; activityCount: number; on: BusinessDate; late: boolean }
  | { kind: 'flagged-dormant'; inactiveYears: number[]; on: BusinessDate }
  | { kind: 'dormancy-cleared'; reason: string; on: BusinessDate }
  | { kind: 'recognised-as-charity'; on: BusinessDate }
  | { kind: 'qualified-for-public-fundraising'; on: BusinessDate };

/** The registered items a change (变更登记) can touch. */
export type RegisteredItem = 'name' | 'domicile' | 'legalRepresentative';
