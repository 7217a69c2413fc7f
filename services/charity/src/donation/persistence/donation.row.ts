/** A `donation` row as the adapters select it. */
export interface DonationRow {
  id: string;
  organisation_id: string;
  plan_id: string | null;
  receipt_no: number;
  division_code: string;
  donor_name: string | null;
  donor_kind: 'person' | 'organisation' | 'anonymous';
  kind: 'money' | 'goods';
  value_fen: string;
  goods_description: string | null;
  goods_quantity: number | null;
  goods_unit: string | null;
  received_on: string;
}

export const DONATION_COLUMNS = `id, organisation_id, plan_id, receipt_no, division_code, donor_name, donor_kind, kind, value_fen, goods_description, goods_quantity,
  goods_unit, received_on::text AS received_on`;
