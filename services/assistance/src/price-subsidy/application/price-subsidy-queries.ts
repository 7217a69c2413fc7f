import { PageQuery } from '@civic/platform';

export interface PriceIndexView {
  month: string;
  cpiYoYPercent: number;
  foodYoYPercent: number;
  triggered: boolean;
  subsidies: number;
}

export interface SubsidyView {
  month: string;
  householdId: string;
  benefitId: string;
  districtCode: string;
  recipients: number;
  amount: string;
  /** The payment run (YYYY-MM) that paid it, null until one has. */
  paidIn: string | null;
}

/** Query port: the recorded months and the subsidies issued, within the caller's districts. */
export interface PriceSubsidyQueries {
  indices(page: PageQuery): Promise<{ items: PriceIndexView[]; total: number }>;
  subsidies(filter: { month?: string; divisionCode?: string }, page: PageQuery): Promise<{ items: SubsidyView[]; total: number }>;
}

export const PRICE_SUBSIDY_QUERIES = Symbol('PRICE_SUBSIDY_QUERIES');
