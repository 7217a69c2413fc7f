import { Money } from '@civic/domain-kernel';
import { districtFilter, divisionOfRow, pageQuery, PageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { BenefitAmountView, BenefitListFilter, BenefitQueries, BenefitSummaryView } from '../application/benefit-queries';

interface BenefitRow {
  id: string;
  household_id: string;
  application_id: string;
  programme_code: string;
  division_code: string;
  status: string;
  monthly_amount_fen: string;
  recipients: number;
  starts_on: string;
  ends_on: string | null;
  version: number;
}

/** Adapter of the benefit query port. */
@Injectable()
export class SqlBenefitQueries implements BenefitQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'benefit', id);
  }

  async list(filter: BenefitListFilter, page: PageQuery): Promise<{ items: BenefitSummaryView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    if (filter.programme) where.add('programme_code = ?', filter.programme);
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.householdId) where.add('household_id = ?', filter.householdId);
    if (filter.startsFrom) where.add('starts_on >= ?', filter.startsFrom);
    if (filter.startsTo) where.add('starts_on <= ?', filter.startsTo);
    const columns =
      'id, household_id, application_id, programme_code, division_code, status, monthly_amount_fen, recipients, starts_on::text, ends_on::text, version';
    const { rows, total } = await pageQuery<BenefitRow>(this.uow.manager(), { columns, from: 'benefit', where, order: 'starts_on DESC, id' }, page);
    return {
      items: rows.map((r) => ({
        id: r.id,
        householdId: r.household_id,
        applicationId: r.application_id,
        programme: r.programme_code,
        divisionCode: r.division_code,
        status: r.status,
        monthlyAmount: Money.ofFen(Number(r.monthly_amount_fen)).toString(),
        recipients: r.recipients,
        startsOn: r.starts_on,
        endsOn: r.ends_on,
        version: r.version,
      })),
      total,
    };
  }

  async amounts(id: string): Promise<BenefitAmountView[]> {
    const rows: { effective_from: string; amount_fen: string; reason: string }[] = await this.uow
      .manager()
      .query(`SELECT effective_from::text, amount_fen, reason FROM benefit_amount WHERE benefit_id = $1 ORDER BY effective_from`, [id]);
    return rows.map((a) => ({ effectiveFrom: a.effective_from, amount: Money.ofFen(Number(a.amount_fen)).toString(), reason: a.reason }));
  }
}
