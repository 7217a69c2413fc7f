import { PageQuery, RecordDivisions } from '@civic/platform';
import { RescueCase } from '../domain/rescue-case';

/** A rescue case as the API shows it (citizen ID unmasked: the controller masks it for the caller). */
export interface RescueCaseView {
  id: string;
  status: string;
  foundDivisionCode: string;
  foundOn: string;
  foundPlace: string;
  description: string;
  personName: string | null;
  citizenId: string | null;
  shelter: string | null;
  shelteredOn: string | null;
  identitySearch: { on: string; method: string; result: string }[];
  outcome: { kind: string; detail: string; on: string } | null;
  closedOn: string | null;
  version: number;
}

export interface RescueCaseFilter {
  divisionCode?: string;
  status?: string;
  from?: string;
  to?: string;
}

/** Query port: rescue cases within the caller's districts. */
export interface RescueCaseQueries extends RecordDivisions {
  get(id: string): Promise<RescueCaseView | null>;
  list(filter: RescueCaseFilter, page: PageQuery): Promise<{ items: RescueCaseView[]; total: number }>;
}

export const RESCUE_CASE_QUERIES = Symbol('RESCUE_CASE_QUERIES');

export function rescueCaseView(c: RescueCase): RescueCaseView {
  const s = c.snapshot();
  return {
    id: s.id,
    status: s.status,
    foundDivisionCode: s.foundDivisionCode,
    foundOn: s.foundOn.toString(),
    foundPlace: s.foundPlace,
    description: s.description,
    personName: s.personName,
    citizenId: s.citizenId,
    shelter: s.shelter,
    shelteredOn: s.shelteredOn?.toString() ?? null,
    identitySearch: s.identitySearch,
    outcome: s.outcome,
    closedOn: s.closedOn?.toString() ?? null,
    version: s.version,
  };
}
