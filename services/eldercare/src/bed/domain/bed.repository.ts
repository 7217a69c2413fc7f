import { Bed } from './bed';
import { Residency } from './residency';

/** Port: beds and the residencies in them (the SQL adapter lives in persistence/). */
export interface BedRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<Bed | null>;
  /** Beds in service in a facility that count against its licensed places. */
  facilityBedsInService(facilityId: string): Promise<number>;
  save(bed: Bed, expectedVersion: number | null): Promise<void>;
  /** The open residency of a bed, if any. */
  residentOf(bedId: string): Promise<Residency | null>;
  findResidency(id: string, options?: { forUpdate?: boolean }): Promise<Residency | null>;
  /** The open residency of an elder, if any. */
  residencyOfElder(citizenId: string, options?: { forUpdate?: boolean }): Promise<Residency | null>;
  /** The unique indexes turn a second resident of a bed, or a second bed of an elder, into domain errors. */
  saveResidency(residency: Residency, expectedVersion: number | null): Promise<void>;
}

export const BED_REPOSITORY = Symbol('BED_REPOSITORY');
