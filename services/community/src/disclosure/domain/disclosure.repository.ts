import { Disclosure, DisclosureKind } from './disclosure';

/** Port: disclosures and their kinds (the SQL adapter lives in persistence/). */
export interface DisclosureRepository {
  kind(code: string): Promise<DisclosureKind | null>;
  find(id: string, options?: { forUpdate?: boolean }): Promise<Disclosure | null>;
  /** Stores it if its stored version is `expectedVersion` (null = new); one per committee, kind and period. */
  save(disclosure: Disclosure, expectedVersion: number | null): Promise<void>;
}

export const DISCLOSURE_REPOSITORY = Symbol('DISCLOSURE_REPOSITORY');
