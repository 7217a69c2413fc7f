/** An `organisation` row as selected by the adapters of this module; it never leaves persistence/. */
export interface OrganisationRow {
  id: string;
  uscc: string;
  kind: 'social-group' | 'social-service-institution' | 'foundation';
  name: string;
  domicile_division_code: string;
  authority_level: 'city' | 'district';
  legal_representative: string;
  registered_capital_fen: string | null;
  registered_on: string;
  status: 'registered' | 'deregistered';
  deregistered_on: string | null;
  deregistration_reason: string | null;
  grade: number | null;
  graded_on: string | null;
  grade_expires_on: string | null;
  dormant_since: string | null;
  inactive_years: number[] | null;
  dormancy_cleared_on: string | null;
  charity_recognised_on: string | null;
  fundraising_qualified_on: string | null;
  version: number;
}

export const ORGANISATION_COLUMNS = `id, uscc, kind, name, domicile_division_code, authority_level, legal_representative, registered_capital_fen,
  registered_on::text AS registered_on, status, deregistered_on::text AS deregistered_on, deregistration_reason, grade, graded_on::text AS graded_on,
  grade_expires_on::text AS grade_expires_on, dormant_since::text AS dormant_since, inactive_years, dormancy_cleared_on::text AS dormancy_cleared_on,
  charity_recognised_on::text AS charity_recognised_on, fundraising_qualified_on::text AS fundraising_qualified_on, version`;
