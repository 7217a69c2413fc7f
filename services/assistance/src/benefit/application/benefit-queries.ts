import { PageQuery, RecordDivisions } from '@civic/platform';

export interface BenefitListFilter {
  divisionCode?: string;
  programme?: string;
  status?: string;
  householdId?: string;
  startsFrom?: string;
  startsTo?: string;
}

/** A benefit in a list. */
export interface BenefitSummaryView {
  id: string;
  householdId: string;
  applicationId: string;
  programme: string;
  divisionCode: string;
  status: string;
  monthlyAmount: string;
  recipients: number;
  startsOn: string;
  endsOn: string | null;
  version: number;
}

/** The amount in force from a date (保障金额 by effective date). */
export interface BenefitAmountView {
  effectiveFrom: string;
  amount: string;
  reason: string;
}

/** Query port: benefits within the caller's districts, and a benefit's amounts over time. */
export interface BenefitQueries extends RecordDivisions {
  list(filter: BenefitListFilter, page: PageQuery): Promise<{ items: BenefitSummaryView[]; total: number }>;
  amounts(id: string): Promise<BenefitAmountView[]>;
}

export const BENEFIT_QUERIES = Symbol('BENEFIT_QUERIES');
