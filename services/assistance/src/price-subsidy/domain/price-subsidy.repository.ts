import { BusinessDate, Money } from '@civic/domain-kernel';
import { PriceSubsidyPolicy } from './price-subsidy-policy';

/** Port: the policy, the monthly index figures, and the month's subsidies. */
export interface PriceSubsidyRepository {
  policy(): Promise<PriceSubsidyPolicy>;
  /** Stores the policy if the stored version is `expectedVersion`. */
  savePolicy(policy: PriceSubsidyPolicy, expectedVersion: number): Promise<void>;
  recordIndex(month: BusinessDate, cpiYoYPercent: number, foodYoYPercent: number, triggered: boolean): Promise<void>;
  /**
   * Set-based: one subsidy per household with a payable benefit of a policy programme in the month
   * (the benefit covering most people), `subsidyFor(policy, recipients)` each; households already
   * given one for the month are skipped.
   */
  issueForMonth(month: BusinessDate, policy: PriceSubsidyPolicy): Promise<{ issued: number; total: Money }>;
}

export const PRICE_SUBSIDY_REPOSITORY = Symbol('PRICE_SUBSIDY_REPOSITORY');
