import { districtOf } from '@civic/domain-kernel';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { Lead, LeadStatus } from '../domain/lead';
import { LeadRule } from '../domain/lead-rule';
import { LeadRepository } from '../domain/lead.repository';
import { LEAD_COLUMNS, LeadRow } from './lead.row';

/** Adapter: `lead_rule`, `lead` (one per rule and source event) and the household membership leads look up. */
@Injectable()
export class SqlLeadRepository implements LeadRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async rules(): Promise<LeadRule[]> {
    const rows = await this.uow
      .manager()
      .query(`SELECT code, event_type, conditions, household_match, lead_kind, summary, enabled FROM lead_rule ORDER BY code`);
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

  async householdOf(citizenId: string): Promise<{ id: string; divisionCode: string } | null> {
    const [row] = await this.uow
      .manager()
      .query(
        `SELECT household_id AS id, h.division_code FROM household_member m JOIN household h ON h.id = m.household_id WHERE m.citizen_id = $1 AND m.active`,
        [citizenId],
      );
    return row ? { id: row.id, divisionCode: row.division_code } : null;
  }

  async add(lead: Lead): Promise<boolean> {
    const s = lead.snapshot();
    const rows = await this.uow.transaction().query(
      `INSERT INTO lead (id, rule_code, kind, source_event_id, source_event_type, citizen_id, person_name, division_code, district_code, household_id, summary, status, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (rule_code, source_event_id) DO NOTHING RETURNING id`,
      [
        s.id,
        s.ruleCode,
        s.kind,
        s.sourceEventId,
        s.sourceEventType,
        s.citizenId,
        s.personName,
        s.divisionCode,
        districtOf(s.divisionCode),
        s.householdId,
        s.summary,
        s.status,
        s.version,
      ],
    );
    return rows.length === 1;
  }

  async find(id: string): Promise<Lead | null> {
    const [row]: LeadRow[] = await this.uow.transaction().query(`SELECT ${LEAD_COLUMNS} FROM lead WHERE id = $1 FOR UPDATE`, [id]);
    if (!row) return null;
    return Lead.restore({
      id: row.id,
      ruleCode: row.rule_code,
      kind: row.kind,
      summary: row.summary,
      sourceEventId: row.source_event_id,
      sourceEventType: row.source_event_type,
      citizenId: row.citizen_id,
      personName: row.person_name,
      divisionCode: row.division_code,
      householdId: row.household_id,
      status: row.status as LeadStatus,
      assignee: row.assignee,
      notes: row.notes,
      applicationId: row.application_id,
      dismissReason: row.dismiss_reason,
      version: row.version,
    });
  }

  async save(lead: Lead, expectedVersion: number): Promise<void> {
    const s = lead.snapshot();
    await this.uow.defer({
      sql: `UPDATE lead SET status = $2, assignee = $3, notes = $4, application_id = $5, dismiss_reason = $6, version = $7 WHERE id = $1 AND version = $8`,
      params: [s.id, s.status, s.assignee, JSON.stringify(s.notes), s.applicationId, s.dismissReason, s.version, expectedVersion],
      expectRows: 1,
    });
  }
}
