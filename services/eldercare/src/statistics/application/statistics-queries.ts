/** Beds of one kind in a district: in service, occupied now, and the share occupied. */
export interface BedStatisticsRow {
  districtCode: string;
  kind: string;
  beds: number;
  occupied: number;
  vacant: number;
  occupancyPercent: number;
}

/** The basic-guarantee line of a district now. */
export interface WaitingListStatisticsRow {
  districtCode: string;
  waiting: number;
  offered: number;
  medianWaitingDays: number | null;
  longestWaitingDays: number | null;
}

/** Elders by the care level in force (their latest assessment), per district. */
export interface AssessmentStatisticsRow {
  districtCode: string;
  level: number;
  elders: number;
}

/** Query port: 养老服务统计 within the caller's districts (meals: see the meal module's monthly totals). */
export interface EldercareStatisticsQueries {
  beds(divisionCode?: string): Promise<BedStatisticsRow[]>;
  waitingList(today: string, divisionCode?: string): Promise<WaitingListStatisticsRow[]>;
  assessments(divisionCode?: string): Promise<AssessmentStatisticsRow[]>;
}

export const ELDERCARE_STATISTICS_QUERIES = Symbol('ELDERCARE_STATISTICS_QUERIES');
