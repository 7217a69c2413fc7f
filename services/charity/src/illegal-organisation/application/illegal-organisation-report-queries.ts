import { PageQuery, RecordDivisions } from '@civic/platform';
import { IllegalOrganisationReport } from '../domain/illegal-organisation-report';

export interface IllegalOrganisationReportView {
  id: string;
  name: string;
  divisionCode: string;
  source: string;
  description: string;
  reportedOn: string;
  status: string;
  decisionNo: string | null;
  referredTo: string | null;
  version: number;
}

export interface HandlingStepView {
  status: string;
  on: string;
  note: string;
  recordedBy: string;
  recordedAt: string;
}

/** Query port: reports within the caller's districts and their handling history. */
export interface IllegalOrganisationReportQueries extends RecordDivisions {
  get(id: string): Promise<IllegalOrganisationReportView | null>;
  list(filter: { divisionCode?: string; status?: string }, page: PageQuery): Promise<{ items: IllegalOrganisationReportView[]; total: number }>;
  history(id: string): Promise<HandlingStepView[]>;
}

export const ILLEGAL_ORGANISATION_REPORT_QUERIES = Symbol('ILLEGAL_ORGANISATION_REPORT_QUERIES');

export function reportView(report: IllegalOrganisationReport): IllegalOrganisationReportView {
  const s = report.snapshot();
  return { ...s, reportedOn: s.reportedOn.toString() };
}
