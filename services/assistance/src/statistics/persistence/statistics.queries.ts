import { districtFilter, UnitOfWork } from '@civic/platform';
import { Money } from '@civic/domain-kernel';
import { Injectable } from '@nestjs/common';
import { StatisticsGrouping, StatisticsQueries, StatisticsView } from '../application/statistics-queries';

const GROUPS: Record<StatisticsGrouping, string[]> = {
  district: ['district_code'],
  programme: ['programme_code'],
  'district-programme': ['district_code', 'programme_code'],
};

/** Adapter of the statistics query port: grouped sums over payment lines and open benefits. */
@Injectable()
export class SqlStatisticsQueries implements StatisticsQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async paid(month: string, groupBy: StatisticsGrouping, divisionCode?: string): Promise<StatisticsView[]> {
    const where = districtFilter('district_code', divisionCode ? { column: 'division_code', prefix: divisionCode } : undefined);
    where.add('month = ?::date', `${month}-01`);
    const keys = GROUPS[groupBy].join(', ');
    const rows = await this.uow.manager().query(
      `SELECT ${keys}, count(DISTINCT household_id)::int AS households, sum(recipients)::int AS recipients, sum(amount_fen)::bigint AS amount_fen
       FROM payment_line WHERE ${where.sql()} GROUP BY ${keys} ORDER BY ${keys}`,
      where.params(),
    );
    return rows.map(toView);
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
