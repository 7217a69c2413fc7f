import { BusinessDate, Money } from '@civic/domain-kernel';
import { queryReturning, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { AllowanceStandard } from '../domain/allowance-rules';
import { AllowanceRepository } from '../domain/allowance.repository';

/** Adapter: `allowance_standard`. */
@Injectable()
export class SqlAllowanceRepository implements AllowanceRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async standards(): Promise<AllowanceStandard[]> {
    const rows: Record<string, any>[] = await this.uow
      .manager()
      .query(`SELECT category, effective_from::text, monthly_amount_fen FROM allowance_standard ORDER BY category, effective_from`);
    return rows.map((r) => ({
      category: r.category,
      effectiveFrom: BusinessDate.parse(r.effective_from),
      monthlyAmount: Money.ofFen(Number(r.monthly_amount_fen)),
    }));
  }

  async addStandard(standard: AllowanceStandard, recordedBy: string): Promise<boolean> {
    const rows = await queryReturning(
      this.uow.transaction(),
      `INSERT INTO allowance_standard (category, effective_from, monthly_amount_fen, recorded_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (category, effective_from) DO NOTHING RETURNING category`,
      [standard.category, standard.effectiveFrom.toString(), standard.monthlyAmount.fen, recordedBy],
    );
    return rows.length === 1;
  }
}
