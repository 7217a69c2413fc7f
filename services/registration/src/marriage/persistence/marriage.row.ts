/** Rows of `marriage` and `certificate` as this module's adapters select them; they never leave persistence/. */
export interface MarriageRow {
  id: string;
  party_a_citizen_id: string;
  party_a_name: string;
  party_b_citizen_id: string;
  party_b_name: string;
  registered_on: string;
  office_code: string;
  status: 'married' | 'divorced' | 'ended-by-death';
  ended_on: string | null;
  declarations_confirmed_by: string | null;
  source: string | null;
  source_record_id: string | null;
  in_person_verified_by: string | null;
  certificates: CertificateRow[];
}

export interface CertificateRow {
  number: string;
  kind: 'marriage' | 'divorce';
  holder_citizen_id: string;
  issued_on: string;
  voided_on: string | null;
  void_reason: string | null;
}

/** A marriage with its certificates, in one statement. */
export const MARRIAGE_SELECT = `
  SELECT m.id, m.party_a_citizen_id, m.party_a_name, m.party_b_citizen_id, m.party_b_name, m.registered_on::text, m.office_code, m.status, m.ended_on::text,
         m.declarations_confirmed_by, m.source, m.source_record_id, m.in_person_verified_by,
         COALESCE((SELECT json_agg(json_build_object('number', c.number, 'kind', c.kind, 'holder_citizen_id', c.holder_citizen_id, 'issued_on', c.issued_on::text,
                                                     'voided_on', c.voided_on::text, 'void_reason', c.void_reason) ORDER BY c.issued_on, c.number)
                   FROM certificate c WHERE c.marriage_id = m.id), '[]') AS certificates
  FROM marriage m`;
