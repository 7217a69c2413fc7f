/** The seed's target for the share of registered organisations graded 3A or above (全市3A以上社会组织占比达到24%). */
export const THREE_A_SHARE_TARGET = 0.24;

/** A district's figures for the bureau's reports. */
export interface CharityStatistics {
  districtCode: string;
  organisations: { socialGroup: number; socialServiceInstitution: number; foundation: number; total: number };
  /** Registered organisations holding a grade in force, by grade. */
  grades: { '1A': number; '2A': number; '3A': number; '4A': number; '5A': number };
  threeAOrAboveShare: number;
  threeAOrAboveTarget: number;
  inspections: { year: number; pass: number; basicPass: number; fail: number; late: number };
  dormant: number;
  donationsByMonth: Array<{ month: string; donations: number; value: string }>;
  volunteers: number;
  volunteerHours: string;
}

/** Query port: the figures per district, within the caller's districts. */
export interface StatisticsQueries {
  charity(filter: { divisionCode?: string; year: number; today: string }): Promise<CharityStatistics[]>;
}

export const STATISTICS_QUERIES = Symbol('STATISTICS_QUERIES');
