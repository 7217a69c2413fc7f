import { PaymentRunView } from '@civic/payment-run';
import { PageQuery, SqlWhere } from '@civic/platform';
import { AllowanceLineKind } from '../../allowance/domain/allowance-rules';

export type AllowanceRunView = PaymentRunView<AllowanceLineKind>;

/** A line of the bank file (代发清单), with its payee: the child's first current guardian, else the child. */
export interface AllowanceLineView {
  childId: string;
  /** The month the money is for (`YYYY-MM-01`): the run's own, or an earlier one it corrects. */
  period: string;
  kind: AllowanceLineKind;
  category: string;
  divisionCode: string;
  amountFen: number;
  payeeName: string;
  payeeCitizenId: string | null;
  /** `self`, or the guardian's relation (监护人). */
  payeeRelation: string;
}

export type AllowanceLineKey = Pick<AllowanceLineView, 'childId' | 'period' | 'kind'>;

/** Allowances paid in a run month, per district and category. */
export interface AllowancePaidRow {
  month: string;
  districtCode: string;
  category: string;
  /** Children paid the month's own allowance. */
  children: number;
  regularFen: number;
  /** 补发 minus 追回 of earlier months, paid in this run. */
  correctionsFen: number;
  totalFen: number;
}

/** Query port: runs, a run's lines in keyset pages for streaming, and what was paid per month. */
export interface AllowanceRunQueries {
  get(month: string): Promise<AllowanceRunView | null>;
  list(page: PageQuery): Promise<{ items: AllowanceRunView[]; total: number }>;
  /** Lines in (child, period, kind) order after the given line (null: from the start), within `scope` (conditions on the line `l`). */
  linesAfter(month: string, after: AllowanceLineKey | null, limit: number, scope: SqlWhere): Promise<AllowanceLineView[]>;
  /** Completed runs' lines from `from` to `to` (first days, inclusive), within `scope`. */
  paidPerMonth(from: string | null, to: string | null, scope: SqlWhere): Promise<AllowancePaidRow[]>;
}

export const ALLOWANCE_RUN_QUERIES = Symbol('ALLOWANCE_RUN_QUERIES');
