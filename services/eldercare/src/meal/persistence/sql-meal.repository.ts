import { BusinessDate, CitizenId, districtOf, Money } from '@civic/domain-kernel';
import { translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { Meal, mealAlreadyServed } from '../domain/meal';
import { MealPolicy } from '../domain/meal-policy';
import { MealRepository } from '../domain/meal.repository';
import { MEAL_COLUMNS, MealRow } from './meal.row';

/** Adapter: `meal` and `meal_policy`. */
@Injectable()
export class SqlMealRepository implements MealRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<Meal | null> {
    const [row] = await this.uow.manager().query(`SELECT ${MEAL_COLUMNS} FROM meal WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toMeal(row) : null;
  }

  async lockElderDay(citizenId: string, servedOn: string): Promise<number> {
    const tx = this.uow.transaction();
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`meal:${citizenId}:${servedOn}`]);
    const [row] = await tx.query(`SELECT count(*)::int AS n FROM meal WHERE citizen_id = $1 AND served_on = $2 AND status = 'served'`, [citizenId, servedOn]);
    return row.n;
  }

  async add(meal: Meal, recordedBy: string): Promise<void> {
    const s = meal.snapshot();
    await translatingConstraints(
      () =>
        this.uow.transaction().query(
          `INSERT INTO meal (id, facility_id, division_code, district_code, citizen_id, name, served_on, meal_type, price_fen, subsidy_fen, status, recorded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
          [
            s.id,
            s.facilityId,
            s.divisionCode,
            districtOf(s.divisionCode),
            s.citizenId.value,
            s.name,
            s.servedOn.toString(),
            s.mealType,
            s.price.fen,
            s.subsidy.fen,
            s.status,
            recordedBy,
          ],
        ),
      { meal_one_per_type_per_day: mealAlreadyServed },
    );
  }

  async cancel(meal: Meal): Promise<void> {
    const s = meal.snapshot();
    await this.uow.transaction().query(`UPDATE meal SET status = $2, cancelled_reason = $3 WHERE id = $1`, [s.id, s.status, s.cancelledReason]);
  }

  policy(): Promise<MealPolicy> {
    return readMealPolicy(this.uow);
  }

  async setPolicy(policy: MealPolicy, recordedBy: string): Promise<void> {
    await this.uow
      .transaction()
      .query(
        `UPDATE meal_policy SET subsidy_per_meal_fen = $1, subsidy_by_programme = $2, daily_limit = $3, changed_by = $4, changed_at = now() WHERE id = 1`,
        [
          policy.subsidyPerMeal.fen,
          JSON.stringify(policy.subsidyByProgramme.map((s) => ({ programme: s.programme, subsidyPerMealFen: s.subsidyPerMeal.fen }))),
          policy.dailyLimit,
          recordedBy,
        ],
      );
  }
}

export async function readMealPolicy(uow: UnitOfWork): Promise<MealPolicy> {
  const [row] = await uow.manager().query(`SELECT subsidy_per_meal_fen, subsidy_by_programme, daily_limit FROM meal_policy WHERE id = 1`);
  return {
    subsidyPerMeal: Money.ofFen(Number(row.subsidy_per_meal_fen)),
    subsidyByProgramme: (row.subsidy_by_programme as { programme: string; subsidyPerMealFen: number }[]).map((s) => ({
      programme: s.programme,
      subsidyPerMeal: Money.ofFen(s.subsidyPerMealFen),
    })),
    dailyLimit: row.daily_limit,
  };
}

export function toMeal(row: MealRow): Meal {
  return Meal.restore({
    id: row.id,
    facilityId: row.facility_id,
    divisionCode: row.division_code,
    citizenId: CitizenId.parse(row.citizen_id),
    name: row.name,
    servedOn: BusinessDate.parse(row.served_on),
    mealType: row.meal_type,
    price: Money.ofFen(Number(row.price_fen)),
    subsidy: Money.ofFen(Number(row.subsidy_fen)),
    status: row.status,
    cancelledReason: row.cancelled_reason,
  });
}
