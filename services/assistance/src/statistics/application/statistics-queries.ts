import { districtFilter, requestContext, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';

export type StatisticsGrouping = 'district' | 'programme' | 'district-programme';

const GROUPS: Record<StatisticsGrouping, string[]> = {
  district: ['district_code'],
  programme: ['programme_code'],
  'district-programme': ['district_code', 'programme_code'],
};

/**
 * 民政统计: recipients, households and amounts per district and programme. Paid figures come from
 * a month's payment lines (what was actually paid); caseload figures from the benefits open today.
 */
@Injectable()
export class StatisticsQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async paid(month: string, groupBy: StatisticsGrouping, divisionCode?: string): Promise<Record<string, any>[]> {
    const where = districtFilter(
      requestContext.current()?.actor,
      'district_code',
      divisionCode ? { column: 'division_code', prefix: divisionCode } : undefined,
    );
    where.add('month = ?::date', `${month}-01`);
    const keys = GROUPS[groupBy].join(', ');
    return this.uow.manager().query(
      `SELECT ${keys}, count(DISTINCT household_id)::int AS households, sum(recipients)::int AS recipients, sum(amount_fen)::bigint AS amount_fen
       FROM payment_line WHERE ${where.sql()} GROUP BY ${keys} ORDER BY ${keys}`,
      where.params(),
    );
  }

  async caseload(groupBy: StatisticsGrouping, divisionCode?: string): Promise<Record<string, any>[]> {
    const where = districtFilter(
      requestContext.current()?.actor,
      'district_code',
      divisionCode ? { column: 'division_code', prefix: divisionCode } : undefined,
    );
    where.add(`status = 'active'`);
    const keys = GROUPS[groupBy].join(', ');
    return this.uow.manager().query(
      `SELECT ${keys}, count(DISTINCT household_id)::int AS households, sum(recipients)::int AS recipients, sum(monthly_amount_fen)::bigint AS amount_fen
       FROM benefit WHERE ${where.sql()} GROUP BY ${keys} ORDER BY ${keys}`,
      where.params(),
    );
  }
}
