import { BusinessDate } from '@civic/domain-kernel';
import { Marriage } from './marriage';
import { MarriageChange } from './marriage-change';
import { PersonStatus } from './marriage-rules';

/** Port: marriages with their certificates, and each person's marital status (婚姻状况). */
export interface MarriageRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<Marriage | null>;
  /** The person's current marriage, locked (a death or a divorce changes it). */
  currentMarriageOf(citizenId: string): Promise<Marriage | null>;
  /**
   * Locks the people's status rows (creating them as unknown), always in the same order so two
   * offices registering the same person at once cannot both succeed, nor deadlock.
   */
  lockStandings(citizenIds: string[], on: BusinessDate): Promise<Map<string, PersonStatus>>;
  /** The marriage imported from this source record, if it was. */
  findBySource(source: string, recordId: string): Promise<Marriage | null>;
  /** Fresh serials of the registry's certificate sequence. */
  nextCertificateSerials(count: number): Promise<number[]>;
  /** Stores the marriage, its certificates and the marital status its changes imply. */
  save(marriage: Marriage, changes: MarriageChange[]): Promise<void>;
  /** A death of someone with no current marriage still changes their status. */
  recordDeath(citizenId: string, on: BusinessDate): Promise<void>;
  /** The person's status row (locked), if the registry has one. */
  standingOf(citizenId: string): Promise<{ status: PersonStatus; marriageId: string | null } | null>;
  /**
   * A revoked death of someone whose status no marriage restores: back to what their marriages
   * say (divorced, or widowed, by the latest that ended), else unknown.
   */
  restoreStandingFromHistory(citizenId: string): Promise<void>;
}

export const MARRIAGE_REPOSITORY = Symbol('MARRIAGE_REPOSITORY');
