import { BusinessDate, DomainError, Money } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, recordedBy, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EligibilityCondition } from '../domain/eligibility';
import { Programme } from '../domain/programme';
import { ProgrammeRepository } from '../domain/programme.repository';
import { StandardSchedule } from '../domain/standard-schedule';

@Injectable()
export class SqlProgrammeRepository implements ProgrammeRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async all(): Promise<Programme[]> {
    return (await this.uow.manager().query(`SELECT * FROM programme ORDER BY code`)).map(programmeOf);
  }

  async require(code: string): Promise<Programme> {
    const [row] = await this.uow.manager().query(`SELECT * FROM programme WHERE code = $1`, [code]);
    if (!row) throw new DomainError('PROGRAMME.UNKNOWN', `programme must be a known programme code, not ${JSON.stringify(code)}`, 'invalid', 'programme');
    return programmeOf(row);
  }

  async standards(code: string): Promise<StandardSchedule> {
    const rows = await this.uow.manager().query(`SELECT effective_from::text AS effective_from, amount_fen FROM standard WHERE programme_code = $1`, [code]);
    return new StandardSchedule(
      rows.map((r: { effective_from: string; amount_fen: string }) => ({
        effectiveFrom: BusinessDate.parse(r.effective_from),
        amount: Money.ofFen(Number(r.amount_fen)),
      })),
    );
  }

  async addStandard(code: string, effectiveFrom: BusinessDate, amount: Money): Promise<void> {
    await this.uow
      .transaction()
      .query(`INSERT INTO standard (programme_code, effective_from, amount_fen, recorded_by) VALUES ($1, $2, $3, $4)`, [
        code,
        effectiveFrom.toString(),
        amount.fen,
        recordedBy(),
      ]);
  }

  async saveEligibility(code: string, eligibility: EligibilityCondition[], expectedVersion: number): Promise<number> {
    const rows = await queryReturning(
      this.uow.transaction(),
      `UPDATE programme SET eligibility = $2, version = version + 1 WHERE code = $1 AND version = $3 RETURNING version`,
      [code, JSON.stringify(eligibility), expectedVersion],
    );
    if (rows.length !== 1) throw new ConcurrentUpdateError();
    return rows[0].version;
  }
}

export function programmeOf(row: Record<string, any>): Programme {
  return {
    code: row.code,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    amountRule: row.amount_rule,
    eligibility: row.eligibility,
    stageLimitDays: row.stage_limit_days,
    oneActivePerHousehold: row.one_active_per_household,
    exclusion: row.exclusion_group ? { group: row.exclusion_group, precedence: row.precedence } : null,
    emergencyReviewWorkingDays: row.emergency_review_working_days ?? null,
    version: row.version,
  };
}
