export type StatisticsGrouping = 'district' | 'programme' | 'district-programme';

/** One group's figures: the keys of the grouping, then households, recipients and the amount. */
export interface StatisticsView {
  districtCode?: string;
  programme?: string;
  households: number;
  recipients: number;
  amount: string;
}

/**
 * Query port, 民政统计: recipients, households and amounts per district and programme. Paid figures
 * come from a month's payment lines (what was actually paid); caseload from the benefits open today.
 */
export interface StatisticsQueries {
  paid(month: string, groupBy: StatisticsGrouping, divisionCode?: string): Promise<StatisticsView[]>;
  caseload(groupBy: StatisticsGrouping, divisionCode?: string): Promise<StatisticsView[]>;
}

export const STATISTICS_QUERIES = Symbol('STATISTICS_QUERIES');
