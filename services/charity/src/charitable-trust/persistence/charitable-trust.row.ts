/** A `charitable_trust` row as the adapters select it. */
export interface CharitableTrustRow {
  id: string;
  name: string;
  trustee_name: string;
  trustee_uscc: string;
  settlors: string;
  purpose: string;
  property_fen: string;
  signed_on: string;
  filed_on: string;
  division_code: string;
}

export const CHARITABLE_TRUST_COLUMNS = `id, name, trustee_name, trustee_uscc, settlors, purpose, property_fen, signed_on::text AS signed_on, filed_on::text AS filed_on, division_code`;
