import { PageQuery, RecordDivisions } from '@civic/platform';
import { CharitableTrust } from '../domain/charitable-trust';

/** A filed charitable trust as the API shows it. */
export interface CharitableTrustView {
  id: string;
  name: string;
  trusteeName: string;
  trusteeUscc: string;
  settlors: string;
  purpose: string;
  property: string;
  signedOn: string;
  filedOn: string;
  divisionCode: string;
}

/** Query port: the read side of charitable trusts, within the caller's districts. */
export interface CharitableTrustQueries extends RecordDivisions {
  get(id: string): Promise<CharitableTrustView | null>;
  list(filter: { divisionCode?: string; trusteeUscc?: string }, page: PageQuery): Promise<{ items: CharitableTrustView[]; total: number }>;
}

export const CHARITABLE_TRUST_QUERIES = Symbol('CHARITABLE_TRUST_QUERIES');

export function charitableTrustView(trust: CharitableTrust): CharitableTrustView {
  const s = trust.snapshot();
  return { ...s, property: s.property.toString(), signedOn: s.signedOn.toString(), filedOn: s.filedOn.toString() };
}
