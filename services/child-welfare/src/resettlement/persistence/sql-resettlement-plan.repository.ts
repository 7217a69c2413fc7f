import { BusinessDate, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { ResettlementPlan } from '../domain/resettlement-plan';
import { ResettlementPlanRepository } from '../domain/resettlement-plan.repository';

export const PLAN_COLUMNS = `id, child_id, division_code, adult_on::text, status, tracks, measures, follow_ups, closed_on::text, closed_reason, version`;

/** Adapter: `resettlement_plan`, and the children due for it. */
@Injectable()
export class SqlResettlementPlanRepository implements ResettlementPlanRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<ResettlementPlan | null> {
    const [row] = await this.uow.manager().query(`SELECT ${PLAN_COLUMNS} FROM resettlement_plan WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toPlan(row) : null;
  }

  async addOnce(plan: ResettlementPlan): Promise<boolean> {
    const s = plan.snapshot();
    const rows = await queryReturning(
      this.uow.transaction(),
      `INSERT INTO resettlement_plan (id, child_id, division_code, district_code, adult_on, status, version) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (child_id) DO NOTHING RETURNING id`,
      [s.id, s.childId, s.divisionCode, districtOf(s.divisionCode), s.adultOn.toString(), s.status, s.version],
    );
    return rows.length === 1;
  }

  async save(plan: ResettlementPlan, expectedVersion: number): Promise<void> {
    const s = plan.snapshot();
    const rows = await queryReturning(
      this.uow.transaction(),
      `UPDATE resettlement_plan SET status = $2, tracks = $3, measures = $4, follow_ups = $5, closed_on = $6, closed_reason = $7, version = $8
        WHERE id = $1 AND version = $9 RETURNING id`,
      [
        s.id,
        s.status,
        s.tracks,
        s.measures,
        JSON.stringify(s.followUps.map((f) => ({ on: f.on.toString(), notes: f.notes }))),
        s.closedOn?.toString() ?? null,
        s.closedReason,
        s.version,
        expectedVersion,
      ],
    );
    if (rows.length !== 1) throw new ConcurrentUpdateError();
  }

  async turningAdult(bornOnOrBefore: string, limit: number): Promise<{ childId: string; citizenId: string }[]> {
    // The birth date is digits 7-14 of the citizen ID (GB 11643).
    const rows: Record<string, any>[] = await this.uow.manager().query(
      `SELECT id, citizen_id FROM child WHERE status = 'active' AND category IN ('orphan', 'de-facto-unattended')
          AND to_date(substring(citizen_id from 7 for 8), 'YYYYMMDD') <= $1::date
        ORDER BY id LIMIT $2`,
      [bornOnOrBefore, limit],
    );
    return rows.map((r) => ({ childId: r.id, citizenId: r.citizen_id }));
  }
}

export function toPlan(row: Record<string, any>): ResettlementPlan {
  return ResettlementPlan.restore({
    id: row.id,
    childId: row.child_id,
    divisionCode: row.division_code,
    adultOn: BusinessDate.parse(row.adult_on),
    status: row.status,
    tracks: row.tracks,
    measures: row.measures,
    followUps: (row.follow_ups as { on: string; notes: string }[]).map((f) => ({ on: BusinessDate.parse(f.on), notes: f.notes })),
    closedOn: row.closed_on === null ? null : BusinessDate.parse(row.closed_on),
    closedReason: row.closed_reason,
    version: row.version,
  });
}
