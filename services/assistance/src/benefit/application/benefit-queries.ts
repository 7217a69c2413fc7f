import { districtFilter, pageQuery, PageQuery, requestContext, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';

export interface BenefitListFilter {
  divisionCode?: string;
  programme?: string;
  status?: string;
  householdId?: string;
  startsFrom?: string;
  startsTo?: string;
}

@Injectable()
export class BenefitQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async list(filter: BenefitListFilter, page: PageQuery): Promise<{ rows: Record<string, any>[]; total: number }> {
    const where = districtFilter(
      requestContext.current()?.actor,
      'district_code',
      filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined,
    );
    if (filter.programme) where.add('programme_code = ?', filter.programme);
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.householdId) where.add('household_id = ?', filter.householdId);
    if (filter.startsFrom) where.add('starts_on >= ?', filter.startsFrom);
    if (filter.startsTo) where.add('starts_on <= ?', filter.startsTo);
    const columns =
      'id, household_id, application_id, programme_code, division_code, status, monthly_amount_fen, recipients, starts_on::text, ends_on::text, version';
    return pageQuery(this.uow.manager(), { columns, from: 'benefit', where, order: 'starts_on DESC, id' }, page);
  }

  async amounts(id: string): Promise<{ effective_from: string; amount_fen: string; reason: string }[]> {
    return this.uow.manager().query(`SELECT effective_from::text, amount_fen, reason FROM benefit_amount WHERE benefit_id = $1 ORDER BY effective_from`, [id]);
  }
}
