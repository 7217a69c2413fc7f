import { BusinessDate, districtOf } from '@civic/domain-kernel';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EligibilityGrant, EligibilityRepository } from '../domain/eligibility.repository';

/** Adapter: `supermarket_eligibility`, a row per benefit and member, written set-wise for a run of events. */
@Injectable()
export class SqlEligibilityRepository implements EligibilityRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async grant(grants: EligibilityGrant[]): Promise<void> {
    const rows = grants.flatMap((g) => g.memberCitizenIds.map((citizenId) => ({ g, citizenId })));
    if (!rows.length) return;
    await this.uow.transaction().query(
      `INSERT INTO supermarket_eligibility (benefit_id, citizen_id, programme, division_code, district_code, since)
       SELECT * FROM unnest($1::uuid[], $2::bpchar[], $3::text[], $4::text[], $5::text[], $6::date[])
       ON CONFLICT (benefit_id, citizen_id) DO NOTHING`,
      [
        rows.map((r) => r.g.benefitId),
        rows.map((r) => r.citizenId),
        rows.map((r) => r.g.programme),
        rows.map((r) => r.g.divisionCode),
        rows.map((r) => districtOf(r.g.divisionCode)),
        rows.map((r) => r.g.since.toString()),
      ],
    );
  }

  async end(endings: Array<{ benefitId: string; on: BusinessDate }>): Promise<void> {
    if (!endings.length) return;
    await this.uow.transaction().query(
      `UPDATE supermarket_eligibility e SET until = x.ends_on FROM unnest($1::uuid[], $2::date[]) AS x(benefit_id, ends_on)
        WHERE e.benefit_id = x.benefit_id AND e.until IS NULL`,
      [endings.map((e) => e.benefitId), endings.map((e) => e.on.toString())],
    );
  }
}
