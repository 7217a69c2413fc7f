import { Money } from '@civic/domain-kernel';
import { districtFilter, divisionOfRow, PageQuery, pageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { MealFilter, MealQueries, MealTotals, MealView, mealView } from '../application/meal-queries';
import { MealPolicy } from '../domain/meal-policy';
import { MEAL_COLUMNS, MealRow } from './meal.row';
import { readMealPolicy, toMeal } from './sql-meal.repository';

/** Adapter of the meal query port: lists and monthly totals within the caller's districts. */
@Injectable()
export class SqlMealQueries implements MealQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'meal', id);
  }

  async get(id: string): Promise<MealView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${MEAL_COLUMNS} FROM meal WHERE id = $1`, [id]);
    return row ? mealView(toMeal(row)) : null;
  }

  async list(filter: MealFilter, page: PageQuery): Promise<{ items: MealView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    if (filter.facilityId) where.add('facility_id = ?', filter.facilityId);
    if (filter.citizenId) where.add('citizen_id = ?', filter.citizenId);
    if (filter.servedOn) where.add('served_on = ?', filter.servedOn);
    if (filter.month) where.add(`date_trunc('month', served_on) = (? || '-01')::date`, filter.month);
    const { rows, total } = await pageQuery<MealRow>(
      this.uow.manager(),
      { columns: MEAL_COLUMNS, from: 'meal', where, order: 'served_on DESC, recorded_at DESC, id' },
      page,
    );
    return { items: rows.map((row) => mealView(toMeal(row))), total };
  }

  async monthTotals(month: string, divisionCode?: string): Promise<MealTotals> {
    const where = districtFilter('m.district_code', divisionCode ? { column: 'm.division_code', prefix: divisionCode } : undefined);
    where.add(`m.status = 'served'`);
    where.add(`m.served_on >= (? || '-01')::date`, month);
    where.add(`m.served_on < (? || '-01')::date + interval '1 month'`, month);
    const rows: Record<string, any>[] = await this.uow.manager().query(
      `SELECT m.facility_id, f.name AS facility_name, f.division_code, m.district_code,
              count(*)::int AS meals, count(DISTINCT m.citizen_id)::int AS elders, sum(m.subsidy_fen)::bigint AS subsidy_fen
         FROM meal m JOIN facility f ON f.id = m.facility_id
        WHERE ${where.sql()}
        GROUP BY m.facility_id, f.name, f.division_code, m.district_code
        ORDER BY m.district_code, f.name, m.facility_id`,
      where.params(),
    );
    const districts = await this.uow.manager().query(
      `SELECT m.district_code, count(*)::int AS meals, count(DISTINCT m.citizen_id)::int AS elders, sum(m.subsidy_fen)::bigint AS subsidy_fen
         FROM meal m WHERE ${where.sql()} GROUP BY m.district_code ORDER BY m.district_code`,
      where.params(),
    );
    const yuan = (fen: string) => Money.ofFen(Number(fen)).toString();
    return {
      month,
      sites: rows.map((r) => ({
        facilityId: r.facility_id,
        facilityName: r.facility_name,
        divisionCode: r.division_code,
        districtCode: r.district_code,
        meals: r.meals,
        elders: r.elders,
        subsidy: yuan(r.subsidy_fen),
      })),
      districts: districts.map((r: Record<string, any>) => ({ districtCode: r.district_code, meals: r.meals, elders: r.elders, subsidy: yuan(r.subsidy_fen) })),
    };
  }

  policy(): Promise<MealPolicy> {
    return readMealPolicy(this.uow);
  }
}
