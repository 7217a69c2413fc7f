import { Adoption } from '../domain/adoption';

/** An adoption as the API shows it (citizen IDs unmasked: the controller masks them for the caller). */
export interface AdoptionView {
  id: string;
  assessmentId: string;
  adopters: { citizenId: string; name: string }[];
  adoptee: { citizenId: string; name: string };
  registeredOn: string;
  officeCode: string;
  certificateNo: string;
  placingParty: { kind: string; name: string; consents: boolean };
  exemptionGround: string | null;
}

/** Query port: adoptions registered. */
export interface AdoptionQueries {
  get(id: string): Promise<AdoptionView | null>;
}

export const ADOPTION_QUERIES = Symbol('ADOPTION_QUERIES');

export function adoptionView(adoption: Adoption): AdoptionView {
  const s = adoption.snapshot();
  return { ...s, registeredOn: s.registeredOn.toString() };
}
