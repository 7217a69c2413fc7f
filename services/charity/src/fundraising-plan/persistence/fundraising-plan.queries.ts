import { Money } from '@civic/domain-kernel';
import { districtFilter, divisionOfRow, PageQuery, pageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { FundraisingPlanFilter, FundraisingPlanQueries, FundraisingPlanView } from '../application/fundraising-plan-queries';

interface PlanRow {
  id: string;
  organisation_id: string;
  division_code: string;
  title: string;
  purpose: string;
  starts_on: string;
  ends_on: string;
  target_fen: string;
  filed_on: string;
  raised_fen: string;
  donations: number;
}

/** A plan with the sum of the donations received against it (money and valued goods). */
const PLAN_COLUMNS = `p.id, p.organisation_id, p.division_code, p.title, p.purpose, p.starts_on::text AS starts_on, p.ends_on::text AS ends_on, p.target_fen,
  p.filed_on::text AS filed_on, COALESCE(r.raised_fen, 0) AS raised_fen, COALESCE(r.donations, 0)::int AS donations`;
const PLAN_FROM = `fundraising_plan p LEFT JOIN LATERAL (SELECT sum(value_fen) AS raised_fen, count(*) AS donations FROM donation d WHERE d.plan_id = p.id) r ON true`;

/** Adapter of the plan query port. */
@Injectable()
export class SqlFundraisingPlanQueries implements FundraisingPlanQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'fundraising_plan', id);
  }

  async get(id: string): Promise<FundraisingPlanView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${PLAN_COLUMNS} FROM ${PLAN_FROM} WHERE p.id = $1`, [id]);
    return row ? view(row) : null;
  }

  async list(filter: FundraisingPlanFilter, page: PageQuery): Promise<{ items: FundraisingPlanView[]; total: number }> {
    const where = districtFilter('p.district_code', filter.divisionCode ? { column: 'p.division_code', prefix: filter.divisionCode } : undefined);
    if (filter.organisationId) where.add('p.organisation_id = ?', filter.organisationId);
    if (filter.runningOn) where.add('p.starts_on <= ?::date AND p.ends_on >= ?::date', filter.runningOn, filter.runningOn);
    const { rows, total } = await pageQuery<PlanRow>(
      this.uow.manager(),
      { columns: PLAN_COLUMNS, from: PLAN_FROM, where, order: 'p.starts_on DESC, p.id' },
      page,
    );
    return { items: rows.map(view), total };
  }
}

function view(row: PlanRow): FundraisingPlanView {
  const target = Money.ofFen(Number(row.target_fen));
  const raised = Money.ofFen(Number(row.raised_fen));
  return {
    id: row.id,
    organisationId: row.organisation_id,
    divisionCode: row.division_code,
    title: row.title,
    purpose: row.purpose,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    target: target.toString(),
    filedOn: row.filed_on,
    raised: raised.toString(),
    donations: row.donations,
    raisedShare: Math.round((raised.fen * 100) / target.fen) / 100,
  };
}
