import { BusinessDate, districtOf } from '@civic/domain-kernel';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { RescueCase, RescueOutcome, RescueStatus } from '../domain/rescue-case';
import { RescueCaseRepository } from '../domain/rescue-case.repository';
import { RESCUE_COLUMNS, RescueRow } from './rescue-case.row';

/** Adapter: `rescue_case`, updated only from the version read. */
@Injectable()
export class SqlRescueCaseRepository implements RescueCaseRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<RescueCase | null> {
    const [row]: RescueRow[] = await this.uow
      .manager()
      .query(`SELECT ${RESCUE_COLUMNS} FROM rescue_case WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    if (!row) return null;
    const date = (text: string | null) => (text ? BusinessDate.parse(text) : null);
    return RescueCase.restore({
      id: row.id,
      status: row.status as RescueStatus,
      foundDivisionCode: row.found_division_code,
      foundOn: BusinessDate.parse(row.found_on),
      foundPlace: row.found_place,
      description: row.description,
      sex: row.sex,
      estimatedAge: row.estimated_age,
      shelter: row.shelter,
      shelteredOn: date(row.sheltered_on),
      personName: row.person_name,
      citizenId: row.citizen_id,
      identitySearch: row.identity_search,
      outcome: row.outcome as { kind: RescueOutcome; detail: string; on: string } | null,
      closedOn: date(row.closed_on),
      version: row.version,
    });
  }

  async save(c: RescueCase, expectedVersion: number | null): Promise<void> {
    const s = c.snapshot();
    if (expectedVersion === null) {
      await this.uow.defer({
        sql: `INSERT INTO rescue_case (id, status, found_division_code, district_code, found_on, found_place, description, person_name, sex, estimated_age, version)
              VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        params: [
          s.id,
          s.status,
          s.foundDivisionCode,
          districtOf(s.foundDivisionCode),
          s.foundOn.toString(),
          s.foundPlace,
          s.description,
          s.personName,
          s.sex,
          s.estimatedAge,
          s.version,
        ],
      });
      return;
    }
    await this.uow.defer({
      sql: `UPDATE rescue_case SET status = $2, shelter = $3, sheltered_on = $4, person_name = $5, citizen_id = $6, identity_search = $7, outcome = $8, closed_on = $9, version = $10
            WHERE id = $1 AND version = $11`,
      params: [
        s.id,
        s.status,
        s.shelter,
        s.shelteredOn?.toString() ?? null,
        s.personName,
        s.citizenId,
        JSON.stringify(s.identitySearch),
        s.outcome ? JSON.stringify(s.outcome) : null,
        s.closedOn?.toString() ?? null,
        s.version,
        expectedVersion,
      ],
      expectRows: 1,
    });
  }
}
