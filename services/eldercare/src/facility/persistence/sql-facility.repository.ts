import { BusinessDate, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { Facility, facilityNameTaken } from '../domain/facility';
import { FacilityRepository } from '../domain/facility.repository';
import { FacilityChange } from '../domain/facility-change';
import { FacilityKind } from '../domain/facility-rules';
import { FACILITY_COLUMNS, FacilityRow } from './facility.row';

/** Adapter: facilities in `facility`, credit moves in `facility_credit_move`; the unique name per division becomes a domain error. */
@Injectable()
export class SqlFacilityRepository implements FacilityRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<Facility | null> {
    const [row] = await this.uow.manager().query(`SELECT ${FACILITY_COLUMNS} FROM facility WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toAggregate(row) : null;
  }

  async save(subject: Facility, expectedVersion: number | null, changes: FacilityChange[], recordedBy: string): Promise<void> {
    const s = subject.snapshot();
    const tx = this.uow.transaction();
    const values = [
      s.id,
      s.licensedCapacity,
      s.filingStatus,
      s.revokedOn?.toString() ?? null,
      s.revokedReason,
      s.grade?.stars ?? null,
      s.grade?.gradedOn.toString() ?? null,
      s.grade?.validUntil.toString() ?? null,
      s.creditScore,
      s.version,
    ];
    if (expectedVersion === null) {
      await translatingConstraints(
        () =>
          tx.query(
            `INSERT INTO facility (id, licensed_capacity, filing_status, revoked_on, revoked_reason, grade_stars, graded_on, grade_valid_until, credit_score, version,
               name, kind, division_code, district_code, address, operator_name, operator_uscc, filed_on)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
            [...values, s.name, s.kind, s.divisionCode, districtOf(s.divisionCode), s.address, s.operatorName, s.operatorUscc, s.filedOn.toString()],
          ),
        { facility_name_per_division: facilityNameTaken },
      );
    } else {
      const rows = await queryReturning(
        tx,
        `UPDATE facility SET licensed_capacity = $2, filing_status = $3, revoked_on = $4, revoked_reason = $5, grade_stars = $6, graded_on = $7,
           grade_valid_until = $8, credit_score = $9, version = $10 WHERE id = $1 AND version = $11 RETURNING id`,
        [...values, expectedVersion],
      );
      if (rows.length !== 1) throw new ConcurrentUpdateError();
    }
    for (const change of changes) {
      if (change.kind !== 'credit-moved') continue;
      await tx.query(`INSERT INTO facility_credit_move (facility_id, delta, score, reason, moved_on, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
        s.id,
        change.delta,
        change.score,
        change.reason,
        change.on.toString(),
        recordedBy,
      ]);
    }
  }
}

export function toAggregate(row: FacilityRow): Facility {
  const date = (text: string | null) => (text === null ? null : BusinessDate.parse(text));
  return Facility.restore({
    id: row.id,
    name: row.name,
    kind: row.kind as FacilityKind,
    divisionCode: row.division_code,
    address: row.address,
    operatorName: row.operator_name,
    operatorUscc: row.operator_uscc,
    licensedCapacity: row.licensed_capacity,
    filingStatus: row.filing_status,
    filedOn: BusinessDate.parse(row.filed_on),
    revokedOn: date(row.revoked_on),
    revokedReason: row.revoked_reason,
    grade:
      row.grade_stars === null
        ? null
        : { stars: row.grade_stars, gradedOn: BusinessDate.parse(row.graded_on!), validUntil: BusinessDate.parse(row.grade_valid_until!) },
    creditScore: row.credit_score,
    version: row.version,
  });
}
