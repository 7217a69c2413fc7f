import { BusinessDate, CitizenId, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { Bed } from '../domain/bed';
import { BedRepository } from '../domain/bed.repository';
import { bedCodeTaken, BedKind, bedOccupied, DischargeReason, elderAlreadyInBed } from '../domain/bed-rules';
import { Residency } from '../domain/residency';
import { BED_COLUMNS, BedRow, RESIDENCY_COLUMNS, ResidencyRow } from './bed.row';

/** Adapter: `bed` and `residency`; their unique indexes become the domain's conflicts. */
@Injectable()
export class SqlBedRepository implements BedRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<Bed | null> {
    const [row] = await this.uow.manager().query(`SELECT ${BED_COLUMNS} FROM bed WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toBed(row) : null;
  }

  async facilityBedsInService(facilityId: string): Promise<number> {
    const [{ n }] = await this.uow
      .manager()
      .query(`SELECT count(*)::int AS n FROM bed WHERE facility_id = $1 AND status = 'in-service' AND kind <> 'family-care'`, [facilityId]);
    return n;
  }

  async save(bed: Bed, expectedVersion: number | null): Promise<void> {
    const s = bed.snapshot();
    const tx = this.uow.transaction();
    if (expectedVersion === null) {
      await translatingConstraints(
        () =>
          tx.query(
            `INSERT INTO bed (id, facility_id, division_code, district_code, code, kind, home_address, status, withdrawn_reason, version)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
            [s.id, s.facilityId, s.divisionCode, districtOf(s.divisionCode), s.code, s.kind, s.homeAddress, s.status, s.withdrawnReason, s.version],
          ),
        { bed_code_per_facility: bedCodeTaken },
      );
      return;
    }
    const rows = await queryReturning(tx, `UPDATE bed SET status = $2, withdrawn_reason = $3, version = $4 WHERE id = $1 AND version = $5 RETURNING id`, [
      s.id,
      s.status,
      s.withdrawnReason,
      s.version,
      expectedVersion,
    ]);
    if (rows.length !== 1) throw new ConcurrentUpdateError();
  }

  async residentOf(bedId: string): Promise<Residency | null> {
    const [row] = await this.uow.manager().query(`SELECT ${RESIDENCY_COLUMNS} FROM residency WHERE bed_id = $1 AND discharged_on IS NULL`, [bedId]);
    return row ? toResidency(row) : null;
  }

  async findResidency(id: string, options: { forUpdate?: boolean } = {}): Promise<Residency | null> {
    const [row] = await this.uow.manager().query(`SELECT ${RESIDENCY_COLUMNS} FROM residency WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toResidency(row) : null;
  }

  async residencyOfElder(citizenId: string, options: { forUpdate?: boolean } = {}): Promise<Residency | null> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT ${RESIDENCY_COLUMNS} FROM residency WHERE citizen_id = $1 AND discharged_on IS NULL${options.forUpdate ? ' FOR UPDATE' : ''}`, [
        citizenId,
      ]);
    return row ? toResidency(row) : null;
  }

  async saveResidency(residency: Residency, expectedVersion: number | null): Promise<void> {
    const s = residency.snapshot();
    const tx = this.uow.transaction();
    if (expectedVersion === null) {
      await translatingConstraints(
        () =>
          tx.query(
            `INSERT INTO residency (id, bed_id, facility_id, division_code, district_code, citizen_id, name, admitted_on, offer_id, version)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
            [s.id, s.bedId, s.facilityId, s.divisionCode, districtOf(s.divisionCode), s.citizenId.value, s.name, s.admittedOn.toString(), s.offerId, s.version],
          ),
        { residency_one_per_bed: bedOccupied, residency_one_per_elder: elderAlreadyInBed },
      );
      return;
    }
    const rows = await queryReturning(
      tx,
      `UPDATE residency SET discharged_on = $2, discharge_reason = $3, version = $4 WHERE id = $1 AND version = $5 RETURNING id`,
      [s.id, s.dischargedOn?.toString() ?? null, s.dischargeReason, s.version, expectedVersion],
    );
    if (rows.length !== 1) throw new ConcurrentUpdateError();
  }
}

export function toBed(row: BedRow): Bed {
  return Bed.restore({
    id: row.id,
    facilityId: row.facility_id,
    divisionCode: row.division_code,
    code: row.code,
    kind: row.kind as BedKind,
    homeAddress: row.home_address,
    status: row.status,
    withdrawnReason: row.withdrawn_reason,
    version: row.version,
  });
}

export function toResidency(row: ResidencyRow): Residency {
  return Residency.restore({
    id: row.id,
    bedId: row.bed_id,
    facilityId: row.facility_id,
    divisionCode: row.division_code,
    citizenId: CitizenId.parse(row.citizen_id),
    name: row.name,
    admittedOn: BusinessDate.parse(row.admitted_on),
    offerId: row.offer_id,
    dischargedOn: row.discharged_on ? BusinessDate.parse(row.discharged_on) : null,
    dischargeReason: row.discharge_reason as DischargeReason | null,
    version: row.version,
  });
}
