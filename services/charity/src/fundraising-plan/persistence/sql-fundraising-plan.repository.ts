import { BusinessDate, districtOf, Money } from '@civic/domain-kernel';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { FundraisingPlan } from '../domain/fundraising-plan';
import { FundraisingPlanRepository } from '../domain/fundraising-plan.repository';

/** Adapter: `fundraising_plan`, one row per filed plan. */
@Injectable()
export class SqlFundraisingPlanRepository implements FundraisingPlanRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string): Promise<FundraisingPlan | null> {
    const [row] = await this.uow.manager().query(
      `SELECT id, organisation_id, division_code, title, purpose, starts_on::text AS starts_on, ends_on::text AS ends_on, target_fen, filed_on::text AS filed_on
           FROM fundraising_plan WHERE id = $1`,
      [id],
    );
    return row
      ? FundraisingPlan.restore({
          id: row.id,
          organisationId: row.organisation_id,
          divisionCode: row.division_code,
          title: row.title,
          purpose: row.purpose,
          startsOn: BusinessDate.parse(row.starts_on),
          endsOn: BusinessDate.parse(row.ends_on),
          target: Money.ofFen(Number(row.target_fen)),
          filedOn: BusinessDate.parse(row.filed_on),
        })
      : null;
  }

  async add(plan: FundraisingPlan, recordedBy: string): Promise<void> {
    const s = plan.snapshot();
    await this.uow.transaction().query(
      `INSERT INTO fundraising_plan (id, organisation_id, division_code, district_code, title, purpose, starts_on, ends_on, target_fen, filed_on, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        s.id,
        s.organisationId,
        s.divisionCode,
        districtOf(s.divisionCode),
        s.title,
        s.purpose,
        s.startsOn.toString(),
        s.endsOn.toString(),
        s.target.fen,
        s.filedOn.toString(),
        recordedBy,
      ],
    );
  }
}
