import { PageQuery, RecordDivisions } from '@civic/platform';
import { Donation } from '../domain/donation';

/** A donation as the API shows it, with its receipt number. */
export interface DonationView {
  id: string;
  organisationId: string;
  planId: string | null;
  receiptNo: number;
  divisionCode: string;
  donorName: string | null;
  donorKind: string;
  kind: string;
  value: string;
  goods: { description: string; quantity: number; unit: string } | null;
  receivedOn: string;
}

export interface DonationFilter {
  divisionCode?: string;
  organisationId?: string;
  planId?: string;
  kind?: string;
}

/** Query port: the read side of donations, within the caller's districts. */
export interface DonationQueries extends RecordDivisions {
  get(id: string): Promise<DonationView | null>;
  list(filter: DonationFilter, page: PageQuery): Promise<{ items: DonationView[]; total: number }>;
}

export const DONATION_QUERIES = Symbol('DONATION_QUERIES');

export function donationView(donation: Donation): DonationView {
  const s = donation.snapshot();
  return { ...s, receiptNo: s.receiptNo!, value: s.value.toString(), receivedOn: s.receivedOn.toString() };
}
