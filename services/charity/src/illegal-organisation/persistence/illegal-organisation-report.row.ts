/** An `illegal_organisation_report` row as the adapters select it. */
export interface IllegalOrganisationReportRow {
  id: string;
  name: string;
  division_code: string;
  source: 'public-report' | 'inspection' | 'referral';
  description: string;
  reported_on: string;
  status: 'reported' | 'investigating' | 'banned' | 'referred' | 'dismissed';
  decision_no: string | null;
  referred_to: string | null;
  version: number;
}

export const REPORT_COLUMNS = `id, name, division_code, source, description, reported_on::text AS reported_on, status, decision_no, referred_to, version`;
