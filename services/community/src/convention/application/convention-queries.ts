export interface ConventionVersionView {
  committeeCode: string;
  number: number;
  text: string;
  adoptedOn: string;
  adoptedBy: string;
  recordedBy: string;
  recordedAt: string;
}

/** Query port: a committee's convention in force and its versions. */
export interface ConventionQueries {
  versions(committeeCode: string): Promise<ConventionVersionView[]>;
}

export const CONVENTION_QUERIES = Symbol('CONVENTION_QUERIES');
