import { KeysetQuery, RecordDivisions } from '@civic/platform';
import { DwellingKind } from '../domain/dwelling';

/** A dwelling as the API shows it, with its residents counted. */
export interface DwellingView {
  id: string;
  committeeCode: string;
  address: string;
  kind: DwellingKind;
  residents: number;
  version: number;
}

/** Query port: dwellings within the caller's districts, in keyset pages. */
export interface DwellingQueries extends RecordDivisions {
  get(id: string): Promise<DwellingView | null>;
  /** Dwellings under a division (a committee, a sub-district, a district), in id order after `after`, one more than the limit. */
  list(divisionCode: string | undefined, page: KeysetQuery): Promise<DwellingView[]>;
}

export const DWELLING_QUERIES = Symbol('DWELLING_QUERIES');
