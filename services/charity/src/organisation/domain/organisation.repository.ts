import { DormancyEvidence } from './dormancy';
import { Organisation } from './organisation';
import { OrganisationChange } from './organisation-change';

/** Port: how the use cases load and store social organisations with their history and inspections (SQL adapter in persistence/). */
export interface OrganisationRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<Organisation | null>;
  /** Stores it if its stored version is `expectedVersion` (null = new), with a history line per change. */
  save(organisation: Organisation, expectedVersion: number | null, changes: OrganisationChange[], recordedBy: string): Promise<void>;
  /** Registered organisations not flagged dormant, after `afterId`, with what the dormancy review weighs. */
  dormancyCandidates(afterId: string | null, limit: number, years: number[]): Promise<Array<{ id: string } & DormancyEvidence>>;
}

export const ORGANISATION_REPOSITORY = Symbol('ORGANISATION_REPOSITORY');
