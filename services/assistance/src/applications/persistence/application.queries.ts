import { districtFilter, divisionOfRow, pageQuery, PageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { ApplicationListFilter, ApplicationQueries, ApplicationSummaryView, ApplicationTrailView } from '../application/application-queries';
import { TIMED_STATUSES } from '../domain/application-status';

const SUMMARY = `id, household_id, programme_code, division_code, status, channel, submitted_at, stage_entered_on::text, stage_due_on::text, notice_ends_on::text, benefit_id, version`;

/** Adapter of the application query port. */
@Injectable()
export class SqlApplicationQueries implements ApplicationQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'application', id);
  }

  async list(filter: ApplicationListFilter, page: PageQuery): Promise<{ items: ApplicationSummaryView[]; total: number }> {
    const where = this.scope(filter.divisionCode);
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.programme) where.add('programme_code = ?', filter.programme);
    if (filter.householdId) where.add('household_id = ?', filter.householdId);
    if (filter.from) where.add(`submitted_at >= (?::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`, filter.from);
    if (filter.to) where.add(`submitted_at < ((?::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`, filter.to);
    return this.page(where, page, 'submitted_at DESC, id');
  }

  /** 超期: applications whose current stage has passed its time limit, oldest due first. */
  async overdue(
    filter: { divisionCode?: string; programme?: string },
    today: string,
    page: PageQuery,
  ): Promise<{ items: ApplicationSummaryView[]; total: number }> {
    const where = this.scope(filter.divisionCode);
    where.add('stage_due_on < ?', today);
    // Waiting stages, and emergency grants (先行救助) whose review is due: their due date is the review's.
    where.add(`(status = ANY(?) OR (status = 'granted' AND decision->'emergency'->'review' = 'null'::jsonb))`, [...TIMED_STATUSES]);
    if (filter.programme) where.add('programme_code = ?', filter.programme);
    return this.page(where, page, 'stage_due_on, id');
  }

  async trail(id: string): Promise<ApplicationTrailView> {
    const db = this.uow.manager();
    const transitions = await db.query(
      `SELECT from_status, to_status, reason, at, actor, system, request_id FROM application_transition WHERE application_id = $1 ORDER BY id`,
      [id],
    );
    const objections = await db.query(
      `SELECT id, kind, status, raised_by, grounds, raised_at, resolution, resolved_by, resolved_at FROM application_objection WHERE application_id = $1 ORDER BY raised_at, id`,
      [id],
    );
    return {
      transitions: transitions.map((t: Record<string, any>) => ({
        from: t.from_status,
        to: t.to_status,
        reason: t.reason,
        at: t.at.toISOString(),
        actor: t.actor,
        system: t.system,
        requestId: t.request_id,
      })),
      objections: objections.map((o: Record<string, any>) => ({
        id: o.id,
        kind: o.kind,
        status: o.status,
        raisedBy: o.raised_by,
        grounds: o.grounds,
        resolution: o.resolution,
      })),
    };
  }

  private scope(divisionCode: string | undefined) {
    return districtFilter('district_code', divisionCode ? { column: 'division_code', prefix: divisionCode } : undefined);
  }

  private async page(
    where: ReturnType<SqlApplicationQueries['scope']>,
    page: PageQuery,
    order: string,
  ): Promise<{ items: ApplicationSummaryView[]; total: number }> {
    const { rows, total } = await pageQuery<Record<string, any>>(this.uow.manager(), { columns: SUMMARY, from: 'application', where, order }, page);
    return { items: rows.map(toSummary), total };
  }
}

function toSummary(r: Record<string, any>): ApplicationSummaryView {
  return {
    id: r.id,
    householdId: r.household_id,
    programme: r.programme_code,
    divisionCode: r.division_code,
    status: r.status,
    channel: r.channel,
    submittedAt: r.submitted_at.toISOString(),
    stageEnteredOn: r.stage_entered_on,
    stageDueOn: r.stage_due_on,
    noticeEndsOn: r.notice_ends_on,
    benefitId: r.benefit_id,
    version: r.version,
  };
}
