import { HandlingStep, IllegalOrganisationReport } from './illegal-organisation-report';

/** Port: reports with their handling history (SQL adapter in persistence/). */
export interface IllegalOrganisationReportRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<IllegalOrganisationReport | null>;
  save(report: IllegalOrganisationReport, expectedVersion: number | null, steps: HandlingStep[], recordedBy: string): Promise<void>;
}

export const ILLEGAL_ORGANISATION_REPORT_REPOSITORY = Symbol('ILLEGAL_ORGANISATION_REPORT_REPOSITORY');
