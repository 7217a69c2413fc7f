import { BusinessDate, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseTimeLimits } from '../domain/case-time-limits';
import { ProtectionCase, ProtectionCaseChange } from '../domain/protection-case';
import { ProtectionCaseRepository } from '../domain/protection-case.repository';

export const CASE_COLUMNS = `id, child_id, workstation_id, division_code, director_id, source, concern, reported_on::text, stage, stage_since::text, due_on::text,
  assessment, plan, closed_on::text, closed_reason, version`;

/** Adapter: `protection_case`, its visits and referrals, and `case_time_limits`. */
@Injectable()
export class SqlProtectionCaseRepository implements ProtectionCaseRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<ProtectionCase | null> {
    const manager = this.uow.manager();
    const rows = await manager.query(`SELECT ${CASE_COLUMNS} FROM protection_case WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return (await loadCases(manager, rows))[0] ?? null;
  }

  async openOfChild(childId: string): Promise<ProtectionCase[]> {
    const manager = this.uow.manager();
    const rows = await manager.query(`SELECT ${CASE_COLUMNS} FROM protection_case WHERE child_id = $1 AND stage <> 'closed' ORDER BY id FOR UPDATE`, [childId]);
    return loadCases(manager, rows);
  }

  async save(subject: ProtectionCase, expectedVersion: number | null, changes: ProtectionCaseChange[]): Promise<void> {
    const s = subject.snapshot();
    const tx = this.uow.transaction();
    const json = (v: unknown) => (v === null ? null : JSON.stringify(v));
    const values = [
      s.id,
      s.directorId,
      s.stage,
      s.stageSince.toString(),
      s.dueOn?.toString() ?? null,
      json(s.assessment && { ...s.assessment, assessedOn: s.assessment.assessedOn.toString() }),
      json(s.plan && { ...s.plan, plannedOn: s.plan.plannedOn.toString() }),
      s.closedOn?.toString() ?? null,
      s.closedReason,
      s.version,
    ];
    if (expectedVersion === null) {
      await tx.query(
        `INSERT INTO protection_case (id, director_id, stage, stage_since, due_on, assessment, plan, closed_on, closed_reason, version,
           child_id, workstation_id, division_code, district_code, source, concern, reported_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
        [...values, s.childId, s.workstationId, s.divisionCode, districtOf(s.divisionCode), s.source, s.concern, s.reportedOn.toString()],
      );
    } else {
      const rows = await queryReturning(
        tx,
        `UPDATE protection_case SET director_id = $2, stage = $3, stage_since = $4, due_on = $5, assessment = $6, plan = $7, closed_on = $8,
           closed_reason = $9, version = $10 WHERE id = $1 AND version = $11 RETURNING id`,
        [...values, expectedVersion],
      );
      if (rows.length !== 1) throw new ConcurrentUpdateError();
    }
    const visitsStored =
      expectedVersion === null ? 0 : Number((await tx.query(`SELECT count(*) AS n FROM protection_case_visit WHERE case_id = $1`, [s.id]))[0].n);
    for (const [position, v] of s.visits.entries()) {
      if (position < visitsStored) continue;
      await tx.query(`INSERT INTO protection_case_visit (case_id, position, visited_on, notes) VALUES ($1, $2, $3, $4)`, [
        s.id,
        position,
        v.visitedOn.toString(),
        v.notes,
      ]);
    }
    for (const change of changes) {
      if (change.kind !== 'referred') continue;
      const r = change.referral;
      await tx.query(`INSERT INTO protection_case_referral (id, case_id, target, agency, reason, referred_on) VALUES ($1, $2, $3, $4, $5, $6)`, [
        r.id,
        s.id,
        r.to,
        r.agency,
        r.reason,
        r.referredOn.toString(),
      ]);
    }
  }

  timeLimits(): Promise<CaseTimeLimits> {
    return readTimeLimits(this.uow);
  }

  async setTimeLimits(limits: CaseTimeLimits, recordedBy: string): Promise<void> {
    await this.uow
      .transaction()
      .query(`UPDATE case_time_limits SET limits = $1, changed_by = $2, changed_at = now() WHERE id = 1`, [JSON.stringify(limits), recordedBy]);
  }
}

export async function readTimeLimits(uow: UnitOfWork): Promise<CaseTimeLimits> {
  const [row] = await uow.manager().query(`SELECT limits FROM case_time_limits WHERE id = 1`);
  return row.limits;
}

/** Rows of `protection_case` with their visits and referrals, in two more queries for the whole page. */
export async function loadCases(manager: EntityManager, rows: Record<string, any>[]): Promise<ProtectionCase[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const visits: Record<string, any>[] = await manager.query(
    `SELECT case_id, visited_on::text, notes FROM protection_case_visit WHERE case_id = ANY($1) ORDER BY case_id, position`,
    [ids],
  );
  const referrals: Record<string, any>[] = await manager.query(
    `SELECT id, case_id, target, agency, reason, referred_on::text FROM protection_case_referral WHERE case_id = ANY($1) ORDER BY referred_on, id`,
    [ids],
  );
  const date = (text: string | null) => (text === null ? null : BusinessDate.parse(text));
  return rows.map((row) =>
    ProtectionCase.restore({
      id: row.id,
      childId: row.child_id,
      workstationId: row.workstation_id,
      divisionCode: row.division_code,
      directorId: row.director_id,
      source: row.source,
      concern: row.concern,
      reportedOn: BusinessDate.parse(row.reported_on),
      stage: row.stage,
      stageSince: BusinessDate.parse(row.stage_since),
      dueOn: date(row.due_on),
      assessment: row.assessment && { ...row.assessment, assessedOn: BusinessDate.parse(row.assessment.assessedOn) },
      plan: row.plan && { ...row.plan, plannedOn: BusinessDate.parse(row.plan.plannedOn) },
      visits: visits.filter((v) => v.case_id === row.id).map((v) => ({ visitedOn: BusinessDate.parse(v.visited_on), notes: v.notes })),
      referrals: referrals
        .filter((r) => r.case_id === row.id)
        .map((r) => ({ id: r.id, to: r.target, agency: r.agency, reason: r.reason, referredOn: BusinessDate.parse(r.referred_on) })),
      closedOn: date(row.closed_on),
      closedReason: row.closed_reason,
      version: row.version,
    }),
  );
}
