import { BusinessDate, Money } from '@civic/domain-kernel';
import { recordedBy, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { PAYABLE_SQL } from '../../payment-run/persistence/payable-sql';
import { PriceSubsidyPolicy } from '../domain/price-subsidy-policy';
import { PriceSubsidyRepository } from '../domain/price-subsidy.repository';

/** Adapter: `price_subsidy_policy`, `price_index` and `price_subsidy` (one per month and household). */
@Injectable()
export class SqlPriceSubsidyRepository implements PriceSubsidyRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async policy(): Promise<PriceSubsidyPolicy> {
    const [r] = await this.uow
      .manager()
      .query(`SELECT cpi_threshold_percent, food_threshold_percent, per_person_fen, programmes, version FROM price_subsidy_policy WHERE id = 1`);
    return {
      cpiThresholdPercent: Number(r.cpi_threshold_percent),
      foodThresholdPercent: Number(r.food_threshold_percent),
      perPerson: Money.ofFen(Number(r.per_person_fen)),
      programmes: r.programmes,
      version: r.version,
    };
  }

  async savePolicy(p: PriceSubsidyPolicy, expectedVersion: number): Promise<void> {
    await this.uow.defer({
      sql: `UPDATE price_subsidy_policy SET cpi_threshold_percent = $1, food_threshold_percent = $2, per_person_fen = $3, programmes = $4, version = $5 WHERE id = 1 AND version = $6`,
      params: [p.cpiThresholdPercent, p.foodThresholdPercent, p.perPerson.fen, p.programmes, p.version, expectedVersion],
      expectRows: 1,
    });
  }

  async recordIndex(month: BusinessDate, cpi: number, food: number, triggered: boolean): Promise<void> {
    await this.uow.transaction().query(
      `INSERT INTO price_index (month, cpi_yoy_percent, food_yoy_percent, triggered, recorded_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (month) DO UPDATE SET cpi_yoy_percent = $2, food_yoy_percent = $3, triggered = price_index.triggered OR $4, recorded_at = now(), recorded_by = $5`,
      [month.toString(), cpi, food, triggered, recordedBy()],
    );
  }

  /**
   * Households whose benefit of a covered programme the month pays (the dated status in force, as the
   * payment run reads it). `recipients * per_person_fen` is `subsidyFor` (per-person amount x people
   * covered), applied to every household at once. The next payment run pays them (`paid_in`).
   */
  async issueForMonth(month: BusinessDate, policy: PriceSubsidyPolicy): Promise<{ issued: number; total: Money }> {
    const tx = this.uow.transaction();
    const [r] = await tx.query(
      `WITH eligible AS (
         SELECT DISTINCT ON (b.household_id) b.household_id, b.id, b.district_code, b.recipients
         FROM benefit b
         WHERE b.programme_code = ANY($2) AND ${PAYABLE_SQL}
         ORDER BY b.household_id, b.recipients DESC, b.id
       ), issued AS (
         INSERT INTO price_subsidy (month, household_id, benefit_id, district_code, recipients, amount_fen)
         SELECT $1::date, household_id, id, district_code, recipients, recipients * $3::bigint FROM eligible
         ON CONFLICT (month, household_id) DO NOTHING RETURNING amount_fen
       )
       SELECT count(*)::int AS issued, coalesce(sum(amount_fen), 0)::bigint AS total FROM issued`,
      [month.toString(), policy.programmes, policy.perPerson.fen],
    );
    await tx.query(`UPDATE price_index SET subsidies = (SELECT count(*) FROM price_subsidy WHERE month = $1) WHERE month = $1`, [month.toString()]);
    return { issued: r.issued, total: Money.ofFen(Number(r.total)) };
  }
}
