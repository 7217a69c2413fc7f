import { PageQuery, RecordDivisions } from '@civic/platform';
import { Agency } from '../domain/agency';
import { AgencyStatus } from '../domain/agency-rules';

/** An agency as the API shows it, with its complaints and supervisory actions. */
export interface AgencyView {
  id: string;
  uscc: string;
  name: string;
  divisionCode: string;
  status: AgencyStatus;
  statusReason: string | null;
  registeredOn: string;
  version: number;
  complaints: { id: string; receivedOn: string; complainant: string; summary: string; status: string; resolution: string | null }[];
  actions: { id: string; kind: string; takenOn: string; findings: string; rectifyBy: string | null; partners: string[] }[];
}

/** Query port: agencies of the registry, within the caller's districts. */
export interface AgencyQueries extends RecordDivisions {
  get(id: string): Promise<AgencyView | null>;
  list(filter: { status?: string; divisionCode?: string }, page: PageQuery): Promise<{ items: AgencyView[]; total: number }>;
}

export const AGENCY_QUERIES = Symbol('AGENCY_QUERIES');

export function agencyView(agency: Agency): AgencyView {
  const s = agency.snapshot();
  return {
    id: s.id,
    uscc: s.uscc,
    name: s.name,
    divisionCode: s.divisionCode,
    status: s.status,
    statusReason: s.statusReason,
    registeredOn: s.registeredOn.toString(),
    version: s.version,
    complaints: s.complaints.map((c) => ({
      id: c.id,
      receivedOn: c.receivedOn.toString(),
      complainant: c.complainant,
      summary: c.summary,
      status: c.status,
      resolution: c.resolution,
    })),
    actions: s.actions.map((a) => ({
      id: a.id,
      kind: a.kind,
      takenOn: a.takenOn.toString(),
      findings: a.findings,
      rectifyBy: a.rectifyBy?.toString() ?? null,
      partners: a.partners,
    })),
  };
}
