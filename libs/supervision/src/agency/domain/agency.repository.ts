import { Agency, AgencyChange } from './agency';

/** Port: agencies with their complaints and supervisory actions, in the mounting service's schema. */
export interface AgencyRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<Agency | null>;
  /** Stores the changes; a second agency with the same USCC is refused. */
  save(agency: Agency, changes: AgencyChange[]): Promise<void>;
}

export const AGENCY_REPOSITORY = Symbol('AGENCY_REPOSITORY');
