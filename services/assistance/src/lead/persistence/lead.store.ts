import { districtFilter, pageQuery, PageQuery, queryReturning, requestContext, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { Lead, LeadState } from '../domain/lead';
import { LeadRule } from '../domain/lead-rule';

export interface NewLead {
  id: string;
  rule: LeadRule;
  sourceEventId: string;
  sourceEventType: string;
  citizenId: string | null;
  personName: string | null;
  divisionCode: string;
  householdId: string | null;
}

/** Adapter: lead rules (data an operator edits) and the leads they produce. */
@Injectable()
export class LeadStore {
  constructor(private readonly uow: UnitOfWork) {}

  async rules(): Promise<LeadRule[]> {
    const rows = await this.uow.manager().query(`SELECT * FROM lead_rule ORDER BY code`);
    return rows.map((r: Record<string, any>) => ({
      code: r.code,
      eventType: r.event_type,
      conditions: r.conditions,
      householdMatch: r.household_match,
      leadKind: r.lead_kind,
      summary: r.summary,
      enabled: r.enabled,
    }));
  }

  async saveRule(rule: LeadRule): Promise<void> {
    await this.uow.transaction().query(
      `INSERT INTO lead_rule (code, event_type, conditions, household_match, lead_kind, summary, enabled) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (code) DO UPDATE SET event_type = $2, conditions = $3, household_match = $4, lead_kind = $5, summary = $6, enabled = $7, version = lead_rule.version + 1`,
      [rule.code, rule.eventType, JSON.stringify(rule.conditions), rule.householdMatch, rule.leadKind, rule.summary, rule.enabled],
    );
  }

  /** The active household a citizen belongs to, if any. */
  async householdOf(citizenId: string): Promise<{ id: string; divisionCode: string } | null> {
    const [row] = await this.uow
      .manager()
      .query(
        `SELECT household_id AS id, h.division_code FROM household_member m JOIN household h ON h.id = m.household_id WHERE m.citizen_id = $1 AND m.active`,
        [citizenId],
      );
    return row ? { id: row.id, divisionCode: row.division_code } : null;
  }

  /** Inserts the lead unless this rule already made one from this event; true when inserted. */
  async insert(lead: NewLead): Promise<boolean> {
    const rows = await this.uow.transaction().query(
      `INSERT INTO lead (id, rule_code, kind, source_event_id, source_event_type, citizen_id, person_name, division_code, district_code, household_id, summary, status, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'open', 1) ON CONFLICT (rule_code, source_event_id) DO NOTHING RETURNING id`,
      [
        lead.id,
        lead.rule.code,
        lead.rule.leadKind,
        lead.sourceEventId,
        lead.sourceEventType,
        lead.citizenId,
        lead.personName,
        lead.divisionCode,
        lead.divisionCode.slice(0, 6),
        lead.householdId,
        lead.rule.summary,
      ],
    );
    return rows.length === 1;
  }

  /** The lead, locked when read inside a command's transaction. */
  async find(id: string): Promise<{ lead: Lead; row: LeadRow } | null> {
    const db = this.uow.manager();
    const [row] = await db.query(`SELECT * FROM lead WHERE id = $1${db.queryRunner?.isTransactionActive ? ' FOR UPDATE' : ''}`, [id]);
    if (!row) return null;
    return {
      lead: Lead.restore({
        id: row.id,
        status: row.status,
        assignee: row.assignee,
        notes: row.notes,
        applicationId: row.application_id,
        dismissReason: row.dismiss_reason,
        version: row.version,
      }),
      row,
    };
  }

  async update(state: Readonly<LeadState>, expectedVersion: number): Promise<boolean> {
    const rows = await queryReturning(
      this.uow.transaction(),
      `UPDATE lead SET status = $2, assignee = $3, notes = $4, application_id = $5, dismiss_reason = $6, version = $7 WHERE id = $1 AND version = $8 RETURNING id`,
      [state.id, state.status, state.assignee, JSON.stringify(state.notes), state.applicationId, state.dismissReason, state.version, expectedVersion],
    );
    return rows.length === 1;
  }

  async list(
    filter: { divisionCode?: string; status?: string; kind?: string; assignee?: string; from?: string; to?: string },
    page: PageQuery,
  ): Promise<{ rows: LeadRow[]; total: number }> {
    const where = districtFilter(
      requestContext.current()?.actor,
      'district_code',
      filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined,
    );
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.kind) where.add('kind = ?', filter.kind);
    if (filter.assignee) where.add('assignee = ?', filter.assignee);
    if (filter.from) where.add(`created_at >= (?::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`, filter.from);
    if (filter.to) where.add(`created_at < ((?::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`, filter.to);
    return pageQuery<LeadRow>(this.uow.manager(), { columns: '*', from: 'lead', where, order: 'created_at DESC, id' }, page);
  }
}

export interface LeadRow {
  id: string;
  rule_code: string;
  kind: string;
  source_event_type: string;
  citizen_id: string | null;
  person_name: string | null;
  division_code: string;
  household_id: string | null;
  summary: string;
  status: string;
  assignee: string | null;
  notes: { at: string; by: string; text: string }[];
  application_id: string | null;
  dismiss_reason: string | null;
  created_at: Date;
  version: number;
}
