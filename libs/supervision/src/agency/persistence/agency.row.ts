/** An agency with its complaints and actions, in one statement; rows never leave persistence/. */
export interface AgencyRow {
  id: string;
  uscc: string;
  name: string;
  division_code: string;
  status: 'active' | 'suspended' | 'revoked';
  status_reason: string | null;
  registered_on: string;
  version: number;
  complaints: {
    id: string;
    received_on: string;
    complainant: string;
    summary: string;
    status: 'open' | 'upheld' | 'dismissed';
    resolution: string | null;
    resolved_on: string | null;
  }[];
  actions: {
    id: string;
    kind: 'inspection' | 'rectification-notice' | 'joint-enforcement';
    taken_on: string;
    findings: string;
    rectify_by: string | null;
    partners: string[];
  }[];
}

export const AGENCY_SELECT = `
  SELECT a.id, a.uscc, a.name, a.division_code, a.status, a.status_reason, a.registered_on::text, a.version,
         COALESCE((SELECT json_agg(json_build_object('id', c.id, 'received_on', c.received_on::text, 'complainant', c.complainant, 'summary', c.summary,
                                                     'status', c.status, 'resolution', c.resolution, 'resolved_on', c.resolved_on::text) ORDER BY c.received_on, c.id)
                   FROM agency_complaint c WHERE c.agency_id = a.id), '[]') AS complaints,
         COALESCE((SELECT json_agg(json_build_object('id', x.id, 'kind', x.kind, 'taken_on', x.taken_on::text, 'findings', x.findings,
                                                     'rectify_by', x.rectify_by::text, 'partners', x.partners) ORDER BY x.taken_on, x.id)
                   FROM agency_action x WHERE x.agency_id = a.id), '[]') AS actions
  FROM agency a`;
