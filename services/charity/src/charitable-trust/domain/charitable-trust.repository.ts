import { CharitableTrust } from './charitable-trust';

/** Port: how the use cases store charitable trusts (SQL adapter in persistence/). */
export interface CharitableTrustRepository {
  add(trust: CharitableTrust, recordedBy: string): Promise<void>;
}

export const CHARITABLE_TRUST_REPOSITORY = Symbol('CHARITABLE_TRUST_REPOSITORY');
