export type StatisticsGrouping = 'district' | 'programme' | 'district-programme';

/** One group's figures: the keys of the grouping, then households, recipients and the amount. */
export interface StatisticsView {
  districtCode?: string;
  programme?: string;
  households: number;
  recipients: number;
  amount: string;
}

/** A month's paid figures: households and recipients of the month's own lines, the amount of all, itemised by kind. */
export interface PaidView extends StatisticsView {
  /** 当月发放: the month's own allowances. */
  regular: string;
  /** 补发: earlier months paid too little. */
  arrears: string;
  /** 追回: earlier months paid too much (negative). */
  recoveries: string;
  /** 价格临时补贴. */
  priceSubsidies: string;
}

/**
 * Query port, 民政统计: recipients, households and amounts per district and programme. Paid figures
 * come from a month's payment lines (what was actually paid); caseload from the benefits open today.
 */
export interface StatisticsQueries {
  paid(month: string, groupBy: StatisticsGrouping, divisionCode?: string): Promise<PaidView[]>;
  caseload(groupBy: StatisticsGrouping, divisionCode?: string): Promise<StatisticsView[]>;
}

export const STATISTICS_QUERIES = Symbol('STATISTICS_QUERIES');
