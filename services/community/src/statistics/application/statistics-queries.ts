/** The community cloud counted per district: what a sub-district office and the bureau report. */
export interface CommunityStatisticsRow {
  districtCode: string;
  committees: number;
  dwellings: number;
  residents: number;
}

export interface TaggedPersonsRow {
  districtCode: string;
  tag: string;
  persons: number;
}

/** Query port: counts within the caller's districts (and a division filter), never rows of persons. */
export interface StatisticsQueries {
  community(divisionCode?: string): Promise<CommunityStatisticsRow[]>;
  taggedPersons(divisionCode?: string): Promise<TaggedPersonsRow[]>;
}

export const STATISTICS_QUERIES = Symbol('STATISTICS_QUERIES');
