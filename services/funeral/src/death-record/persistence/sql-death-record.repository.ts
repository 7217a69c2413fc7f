import { BusinessDate, CitizenId, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { DeathRecord, deathAlreadyRegistered } from '../domain/death-record';
import { DeathRecordRepository } from '../domain/death-record.repository';
import { DEATH_RECORD_COLUMNS, DeathRecordRow } from './death-record.row';

/** Adapter: death records in `death_record`, one in force per citizen (unique index `death_record_one_per_citizen`, revoked ones aside). */
@Injectable()
export class SqlDeathRecordRepository implements DeathRecordRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<DeathRecord | null> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT ${DEATH_RECORD_COLUMNS} FROM death_record WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toAggregate(row) : null;
  }

  async isRegistered(citizenId: string): Promise<boolean> {
    return (await this.uow.manager().query(`SELECT 1 FROM death_record WHERE citizen_id = $1 AND status <> 'revoked'`, [citizenId])).length > 0;
  }

  async save(record: DeathRecord, expectedVersion: number | null): Promise<void> {
    const s = record.snapshot();
    const tx = this.uow.transaction();
    if (expectedVersion === null) {
      await translatingConstraints(
        () =>
          tx.query(
            `INSERT INTO death_record (id, citizen_id, name, date_of_death, place_of_death, division_code, district_code, funeral_home, certificate_no, status, cremation, version)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
            [
              s.id,
              s.citizenId.value,
              s.name,
              s.dateOfDeath.toString(),
              s.placeOfDeath,
              s.divisionCode,
              districtOf(s.divisionCode),
              s.funeralHome,
              s.certificateNo,
              s.status,
              s.cremation ? JSON.stringify(s.cremation) : null,
              s.version,
            ],
          ),
        { death_record_one_per_citizen: deathAlreadyRegistered },
      );
      return;
    }
    const rows = await queryReturning(
      tx,
      `UPDATE death_record SET status = $2, cremation = $3, version = $4, name = $6, date_of_death = $7, place_of_death = $8, division_code = $9, district_code = $10,
              funeral_home = $11, certificate_no = $12, corrections = $13, revocation = $14
       WHERE id = $1 AND version = $5 RETURNING id`,
      [
        s.id,
        s.status,
        s.cremation ? JSON.stringify(s.cremation) : null,
        s.version,
        expectedVersion,
        s.name,
        s.dateOfDeath.toString(),
        s.placeOfDeath,
        s.divisionCode,
        districtOf(s.divisionCode),
        s.funeralHome,
        s.certificateNo,
        JSON.stringify(s.corrections),
        s.revocation ? JSON.stringify(s.revocation) : null,
      ],
    );
    if (rows.length !== 1) throw new ConcurrentUpdateError();
  }
}

function toAggregate(row: DeathRecordRow): DeathRecord {
  return DeathRecord.restore({
    id: row.id,
    citizenId: CitizenId.parse(row.citizen_id),
    name: row.name,
    dateOfDeath: BusinessDate.parse(row.date_of_death),
    placeOfDeath: row.place_of_death,
    divisionCode: row.division_code,
    funeralHome: row.funeral_home,
    certificateNo: row.certificate_no,
    status: row.status,
    cremation: row.cremation,
    corrections: row.corrections ?? [],
    revocation: row.revocation,
    version: row.version,
  });
}
