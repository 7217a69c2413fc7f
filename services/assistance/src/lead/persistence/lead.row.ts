/** A `lead` row as this module's adapters select it; it never leaves persistence/. */
export interface LeadRow {
  id: string;
  rule_code: string;
  kind: string;
  source_event_id: string;
  source_event_type: string;
  citizen_id: string | null;
  person_name: string | null;
  division_code: string;
  household_id: string | null;
  summary: string;
  status: string;
  assignee: string | null;
  notes: { at: string; by: string; text: string }[];
  application_id: string | null;
  dismiss_reason: string | null;
  created_at: Date;
  version: number;
}

export const LEAD_COLUMNS = `id, rule_code, kind, source_event_id, source_event_type, citizen_id, person_name, division_code, household_id, summary, status, assignee, notes, application_id, dismiss_reason, created_at, version`;
