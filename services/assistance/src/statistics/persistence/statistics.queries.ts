import { districtFilter, UnitOfWork } from '@civic/platform';
import { Money } from '@civic/domain-kernel';
import { Injectable } from '@nestjs/common';
import { PaidView, StatisticsGrouping, StatisticsQueries, StatisticsView } from '../application/statistics-queries';

const GROUPS: Record<StatisticsGrouping, string[]> = {
  district: ['district_code'],
  programme: ['programme_code'],
  'district-programme': ['district_code', 'programme_code'],
};

// Line kinds (payment-run/domain/earlier-months.ts), each with its column here and its field in the view.
const PAID_KINDS = [
  ['regular', 'regular_fen', 'regular'],
  ['arrears', 'arrears_fen', 'arrears'],
  ['recovery', 'recovery_fen', 'recoveries'],
  ['price-subsidy', 'price_subsidy_fen', 'priceSubsidies'],
] as const;

/** Adapter of the statistics query port: grouped sums over payment lines and open benefits. */
@Injectable()
export class SqlStatisticsQueries implements StatisticsQueries {
  constructor(private readonly uow: UnitOfWork) {}

  /** Households and recipients count the month's own lines (who was in the caseload); amounts count every line the run paid. */
  async paid(month: string, groupBy: StatisticsGrouping, divisionCode?: string): Promise<PaidView[]> {
    const where = districtFilter('district_code', divisionCode ? { column: 'division_code', prefix: divisionCode } : undefined);
    where.add('month = ?::date', `${month}-01`);
    const keys = GROUPS[groupBy].join(', ');
    const rows = await this.uow.manager().query(
      `SELECT ${keys}, count(DISTINCT household_id) FILTER (WHERE kind = 'regular')::int AS households,
              coalesce(sum(recipients) FILTER (WHERE kind = 'regular'), 0)::int AS recipients, sum(amount_fen)::bigint AS amount_fen,
              ${PAID_KINDS.map(([kind, column]) => `coalesce(sum(amount_fen) FILTER (WHERE kind = '${kind}'), 0)::bigint AS ${column}`).join(', ')}
       FROM payment_line WHERE ${where.sql()} GROUP BY ${keys} ORDER BY ${keys}`,
      where.params(),
    );
    return rows.map((r: Record<string, any>) => ({
      ...toView(r),
      ...Object.fromEntries(PAID_KINDS.map(([, column, field]) => [field, Money.ofFen(Number(r[column])).toString()])),
    })) as PaidView[];
  }

  async caseload(groupBy: StatisticsGrouping, divisionCode?: string): Promise<StatisticsView[]> {
    const where = districtFilter('district_code', divisionCode ? { column: 'division_code', prefix: divisionCode } : undefined);
    where.add(`status = 'active'`);
    const keys = GROUPS[groupBy].join(', ');
    const rows = await this.uow.manager().query(
      `SELECT ${keys}, count(DISTINCT household_id)::int AS households, sum(recipients)::int AS recipients, sum(monthly_amount_fen)::bigint AS amount_fen
       FROM benefit WHERE ${where.sql()} GROUP BY ${keys} ORDER BY ${keys}`,
      where.params(),
    );
    return rows.map(toView);
  }
}

function toView(r: Record<string, any>): StatisticsView {
  return {
    ...(r.district_code ? { districtCode: r.district_code } : {}),
    ...(r.programme_code ? { programme: r.programme_code } : {}),
    households: r.households,
    recipients: r.recipients,
    amount: Money.ofFen(Number(r.amount_fen)).toString(),
  };
}
