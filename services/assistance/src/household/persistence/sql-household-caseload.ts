import { districtOf } from '@civic/domain-kernel';
import { queryReturning, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { HouseholdCaseload } from '../domain/household-caseload';

/** Adapter: open applications and benefits re-homed in the command's transaction, each over a new version. */
@Injectable()
export class SqlHouseholdCaseload implements HouseholdCaseload {
  constructor(private readonly uow: UnitOfWork) {}

  async rehome(householdId: string, divisionCode: string): Promise<{ applications: string[]; benefits: string[] }> {
    const tx = this.uow.transaction();
    const params = [householdId, divisionCode, districtOf(divisionCode)];
    const applications = await queryReturning(
      tx,
      `UPDATE application SET division_code = $2, district_code = $3, version = version + 1
       WHERE household_id = $1 AND status NOT IN ('granted', 'rejected', 'withdrawn') AND division_code <> $2 RETURNING id`,
      params,
    );
    const benefits = await queryReturning(
      tx,
      `UPDATE benefit SET division_code = $2, district_code = $3, version = version + 1, updated_at = now()
       WHERE household_id = $1 AND status <> 'terminated' AND division_code <> $2 RETURNING id`,
      params,
    );
    const ids = (rows: Record<string, unknown>[]) => rows.map((r) => String(r.id)).sort();
    return { applications: ids(applications), benefits: ids(benefits) };
  }
}
