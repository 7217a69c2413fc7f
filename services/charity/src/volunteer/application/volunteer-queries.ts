import { PageQuery, RecordDivisions } from '@civic/platform';

export interface VolunteerView {
  id: string;
  citizenId: string;
  name: string;
  divisionCode: string;
  registeredOn: string;
  status: string;
  closedOn: string | null;
  closedReason: string | null;
  organisations: Array<{ organisationId: string; joinedOn: string }>;
  totalHours: string;
  version: number;
}

export interface ServiceRecordView {
  organisationId: string;
  servedOn: string;
  hours: string;
  activity: string;
}

/** What a certificate states, and no more: what a verifying third party sees. */
export interface CertificateView {
  number: string;
  name: string;
  citizenIdMasked: string;
  hours: string;
  records: number;
  firstServedOn: string;
  lastServedOn: string;
  issuedOn: string;
}

/** Query port: volunteers within the caller's districts, their records, and certificates by number. */
export interface VolunteerQueries extends RecordDivisions {
  get(id: string): Promise<VolunteerView | null>;
  list(filter: { divisionCode?: string; status?: string; organisationId?: string }, page: PageQuery): Promise<{ items: VolunteerView[]; total: number }>;
  serviceRecords(id: string, page: PageQuery): Promise<{ items: ServiceRecordView[]; total: number }>;
  certificate(number: string): Promise<CertificateView | null>;
}

export const VOLUNTEER_QUERIES = Symbol('VOLUNTEER_QUERIES');
