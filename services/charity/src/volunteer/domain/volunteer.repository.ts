import { ServiceCertificate, ServiceTotals } from './service-certificate';
import { Volunteer } from './volunteer';
import { VolunteerChange } from './volunteer-change';

/** Port: volunteers with their memberships, service records and certificates (SQL adapter in persistence/). */
export interface VolunteerRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<Volunteer | null>;
  findByCitizenId(citizenId: string, options?: { forUpdate?: boolean }): Promise<Volunteer | null>;
  save(volunteer: Volunteer, expectedVersion: number | null, changes: VolunteerChange[], recordedBy: string): Promise<void>;
  totals(volunteerId: string): Promise<ServiceTotals>;
  addCertificate(certificate: ServiceCertificate, recordedBy: string): Promise<void>;
}

export const VOLUNTEER_REPOSITORY = Symbol('VOLUNTEER_REPOSITORY');
