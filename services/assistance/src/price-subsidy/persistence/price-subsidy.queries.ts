import { districtOf, Money } from '@civic/domain-kernel';
import { districtFilter, PageQuery, pageQuery, SqlWhere, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { PriceIndexView, PriceSubsidyQueries, SubsidyView } from '../application/price-subsidy-queries';

/** Adapter of the price-subsidy query port. */
@Injectable()
export class SqlPriceSubsidyQueries implements PriceSubsidyQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async indices(page: PageQuery): Promise<{ items: PriceIndexView[]; total: number }> {
    const { rows, total } = await pageQuery<{ month: string; cpi_yoy_percent: string; food_yoy_percent: string; triggered: boolean; subsidies: number }>(
      this.uow.manager(),
      { columns: 'month::text, cpi_yoy_percent, food_yoy_percent, triggered, subsidies', from: 'price_index', where: new SqlWhere(), order: 'month DESC' },
      page,
    );
    return {
      items: rows.map((r) => ({
        month: r.month.slice(0, 7),
        cpiYoYPercent: Number(r.cpi_yoy_percent),
        foodYoYPercent: Number(r.food_yoy_percent),
        triggered: r.triggered,
        subsidies: r.subsidies,
      })),
      total,
    };
  }

  async subsidies(filter: { month?: string; divisionCode?: string }, page: PageQuery): Promise<{ items: SubsidyView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'district_code', prefix: districtOf(filter.divisionCode) } : undefined);
    if (filter.month) where.add('month = ?::date', `${filter.month}-01`);
    const { rows, total } = await pageQuery<{
      month: string;
      household_id: string;
      benefit_id: string;
      district_code: string;
      recipients: number;
      amount_fen: string;
      paid_in: string | null;
    }>(
      this.uow.manager(),
      {
        columns: 'month::text, household_id, benefit_id, district_code, recipients, amount_fen, paid_in::text',
        from: 'price_subsidy',
        where,
        order: 'month DESC, household_id',
      },
      page,
    );
    return {
      items: rows.map((r) => ({
        month: r.month.slice(0, 7),
        householdId: r.household_id,
        benefitId: r.benefit_id,
        districtCode: r.district_code,
        recipients: r.recipients,
        amount: Money.ofFen(Number(r.amount_fen)).toString(),
        paidIn: r.paid_in?.slice(0, 7) ?? null,
      })),
      total,
    };
  }
}
