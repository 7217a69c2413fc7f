/** A `volunteer` row, with its memberships and hours, as the adapters select it. */
export interface VolunteerRow {
  id: string;
  citizen_id: string;
  name: string;
  division_code: string;
  registered_on: string;
  status: 'active' | 'closed';
  closed_on: string | null;
  closed_reason: string | null;
  memberships: Array<{ organisation_id: string; joined_on: string }>;
  tenths_of_hours: number;
  version: number;
}

export const VOLUNTEER_COLUMNS = `v.id, v.citizen_id, v.name, v.division_code, v.registered_on::text AS registered_on, v.status, v.closed_on::text AS closed_on, v.closed_reason,
  COALESCE((SELECT jsonb_agg(jsonb_build_object('organisation_id', m.organisation_id, 'joined_on', m.joined_on) ORDER BY m.joined_on, m.organisation_id)
              FROM volunteer_membership m WHERE m.volunteer_id = v.id), '[]'::jsonb) AS memberships,
  COALESCE((SELECT sum(s.tenths_of_hours) FROM volunteer_service s WHERE s.volunteer_id = v.id), 0)::int AS tenths_of_hours, v.version`;
