import { PageQuery, RecordDivisions } from '@civic/platform';

/** A bed as the API shows it, with its current resident (citizen ID masked for callers without personal-data.read). */
export interface BedView {
  id: string;
  facilityId: string;
  divisionCode: string;
  code: string;
  kind: string;
  homeAddress: string | null;
  status: string;
  withdrawnReason: string | null;
  occupant: { residencyId: string; citizenId: string; name: string; admittedOn: string } | null;
  version: number;
}

export interface ResidencyView {
  id: string;
  bedId: string;
  bedCode: string;
  bedKind: string;
  facilityId: string;
  divisionCode: string;
  citizenId: string;
  name: string;
  admittedOn: string;
  offerId: string | null;
  dischargedOn: string | null;
  dischargeReason: string | null;
  version: number;
}

export interface BedFilter {
  divisionCode?: string;
  facilityId?: string;
  kind?: string;
  vacant?: boolean;
}

export interface ResidencyFilter {
  divisionCode?: string;
  facilityId?: string;
  current?: boolean;
  citizenId?: string;
}

/** Query port: beds within the caller's districts; finds a bed's division for DistrictScope.record. */
export interface BedQueries extends RecordDivisions {
  get(id: string): Promise<BedView | null>;
  list(filter: BedFilter, page: PageQuery): Promise<{ items: BedView[]; total: number }>;
}

/** Query port: residencies within the caller's districts. */
export interface ResidencyQueries extends RecordDivisions {
  get(id: string): Promise<ResidencyView | null>;
  list(filter: ResidencyFilter, page: PageQuery): Promise<{ items: ResidencyView[]; total: number }>;
}

export const BED_QUERIES = Symbol('BED_QUERIES');
export const RESIDENCY_QUERIES = Symbol('RESIDENCY_QUERIES');
