import { PageQuery, RecordDivisions } from '@civic/platform';

/** A lead as the API shows it (citizen ID unmasked: the controller masks it for the caller). */
export interface LeadView {
  id: string;
  ruleCode: string;
  kind: string;
  sourceEventType: string;
  citizenId: string | null;
  personName: string | null;
  divisionCode: string;
  householdId: string | null;
  summary: string;
  status: string;
  assignee: string | null;
  notes: { at: string; by: string; text: string }[];
  applicationId: string | null;
  dismissReason: string | null;
  createdAt: string;
  version: number;
}

export interface LeadFilter {
  divisionCode?: string;
  status?: string;
  kind?: string;
  assignee?: string;
  from?: string;
  to?: string;
}

/** Query port: leads within the caller's districts. */
export interface LeadQueries extends RecordDivisions {
  get(id: string): Promise<LeadView | null>;
  list(filter: LeadFilter, page: PageQuery): Promise<{ items: LeadView[]; total: number }>;
}

export const LEAD_QUERIES = Symbol('LEAD_QUERIES');
