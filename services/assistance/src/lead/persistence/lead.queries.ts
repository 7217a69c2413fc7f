import { districtFilter, divisionOfRow, pageQuery, PageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { LeadFilter, LeadQueries, LeadView } from '../application/lead-queries';
import { LEAD_COLUMNS, LeadRow } from './lead.row';

/** Adapter of the lead query port: newest first. */
@Injectable()
export class SqlLeadQueries implements LeadQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'lead', id);
  }

  async get(id: string): Promise<LeadView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${LEAD_COLUMNS} FROM lead WHERE id = $1`, [id]);
    return row ? toView(row) : null;
  }

  async list(filter: LeadFilter, page: PageQuery): Promise<{ items: LeadView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.kind) where.add('kind = ?', filter.kind);
    if (filter.assignee) where.add('assignee = ?', filter.assignee);
    if (filter.from) where.add(`created_at >= (?::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`, filter.from);
    if (filter.to) where.add(`created_at < ((?::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`, filter.to);
    const { rows, total } = await pageQuery<LeadRow>(this.uow.manager(), { columns: LEAD_COLUMNS, from: 'lead', where, order: 'created_at DESC, id' }, page);
    return { items: rows.map(toView), total };
  }
}

function toView(r: LeadRow): LeadView {
  return {
    id: r.id,
    ruleCode: r.rule_code,
    kind: r.kind,
    sourceEventType: r.source_event_type,
    citizenId: r.citizen_id,
    personName: r.person_name,
    divisionCode: r.division_code,
    householdId: r.household_id,
    summary: r.summary,
    status: r.status,
    assignee: r.assignee,
    notes: r.notes,
    applicationId: r.application_id,
    dismissReason: r.dismiss_reason,
    createdAt: r.created_at.toISOString(),
    version: r.version,
  };
}
