import { KeysetQuery, RecordDivisions } from '@civic/platform';
import { ResidenceStatus } from '../domain/person';

/** A person as the API shows it (the citizen ID as stored; the controller masks it for the caller). */
export interface PersonView {
  id: string;
  citizenId: string;
  name: string;
  dwellingId: string | null;
  committeeCode: string;
  status: ResidenceStatus;
  diedOn: string | null;
  tags: { code: string; since: string }[];
  version: number;
}

/** A line of a person's history: residences and tags, oldest first. */
export interface PersonHistoryView {
  residences: { dwellingId: string; committeeCode: string; from: string; to: string | null; endReason: string | null }[];
  tags: {
    code: string;
    taggedAt: string;
    taggedBy: string;
    reason: string;
    untaggedAt: string | null;
    untaggedBy: string | null;
    untagReason: string | null;
  }[];
}

export interface PersonSearch {
  divisionCode?: string;
  /** A tag code of the dictionary, resolved before the search. */
  tag?: string;
  status?: ResidenceStatus;
}

/** Query port: persons within the caller's districts, in keyset pages (the store holds 25 million). */
export interface PersonQueries extends RecordDivisions {
  get(id: string): Promise<PersonView | null>;
  history(id: string): Promise<PersonHistoryView>;
  /** Persons matching the search in id order after `page.after`, one more than the limit. */
  search(search: PersonSearch, page: KeysetQuery): Promise<PersonView[]>;
  /** A tag's code from its code or its name (独居老人), or null when the dictionary has no such tag. */
  tagCode(codeOrName: string): Promise<string | null>;
}

export const PERSON_QUERIES = Symbol('PERSON_QUERIES');
