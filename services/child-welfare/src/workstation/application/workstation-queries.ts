import { PageQuery, RecordDivisions } from '@civic/platform';
import { Workstation } from '../domain/workstation';

export interface StaffView {
  id: string;
  citizenId: string;
  name: string;
  role: string;
  phone: string;
  appointedOn: string;
  leftOn: string | null;
}

/** A workstation as the API shows it, with its staff (those who left too, with their dates). */
export interface WorkstationView {
  id: string;
  divisionCode: string;
  name: string;
  establishedOn: string;
  staff: StaffView[];
  version: number;
}

/** Per district: sub-districts, those with a workstation, and the directors in post. */
export interface CoverageRow {
  districtCode: string;
  subDistricts: number;
  withWorkstation: number;
  coveragePercent: number;
  directors: number;
  directorsPerWorkstation: number;
}

/** Query port: workstations within the caller's districts, and the coverage statistics. */
export interface WorkstationQueries extends RecordDivisions {
  get(id: string): Promise<WorkstationView | null>;
  list(filter: { divisionCode?: string }, page: PageQuery): Promise<{ items: WorkstationView[]; total: number }>;
  coverage(divisionCode?: string): Promise<CoverageRow[]>;
}

export const WORKSTATION_QUERIES = Symbol('WORKSTATION_QUERIES');

export function workstationView(station: Workstation): WorkstationView {
  const s = station.snapshot();
  return {
    id: s.id,
    divisionCode: s.divisionCode,
    name: s.name,
    establishedOn: s.establishedOn.toString(),
    staff: s.staff.map((m) => ({
      id: m.id,
      citizenId: m.citizenId.value,
      name: m.name,
      role: m.role,
      phone: m.phone,
      appointedOn: m.appointedOn.toString(),
      leftOn: m.leftOn?.toString() ?? null,
    })),
    version: s.version,
  };
}
