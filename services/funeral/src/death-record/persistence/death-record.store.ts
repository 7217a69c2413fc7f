import { BusinessDate, CitizenId, DomainError } from '@civic/domain-kernel';
import { ConcurrentUpdateError, PageQuery, pageQuery, queryReturning, requestContext, UnitOfWork, districtFilter } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { DeathRecord } from '../domain/death-record';

const COLUMNS = `id, citizen_id, name, date_of_death::text, place_of_death, division_code, funeral_home, certificate_no, status, cremation, version, created_at`;

export interface DeathRecordRow {
  id: string;
  citizen_id: string;
  name: string;
  date_of_death: string;
  place_of_death: string;
  division_code: string;
  funeral_home: string;
  certificate_no: string;
  status: 'registered' | 'cremated';
  cremation: { crematedOn: string; funeralHome: string; certificateNo: string } | null;
  version: number;
  created_at: Date;
}

/** Adapter: death records, one per citizen. */
@Injectable()
export class DeathRecordStore {
  constructor(private readonly uow: UnitOfWork) {}

  async insert(record: DeathRecord): Promise<void> {
    const s = record.snapshot();
    try {
      await this.uow.transaction().query(
        `INSERT INTO death_record (id, citizen_id, name, date_of_death, place_of_death, division_code, district_code, funeral_home, certificate_no, status, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [s.id, s.citizenId.value, s.name, s.dateOfDeath.toString(), s.placeOfDeath, s.divisionCode, s.divisionCode.slice(0, 6), s.funeralHome, s.certificateNo, s.status, s.version],
      );
    } catch (error) {
      if ((error as { constraint?: string }).constraint === 'death_record_one_per_citizen') throw alreadyRegistered();
      throw error;
    }
  }

  async update(record: DeathRecord, expectedVersion: number): Promise<void> {
    const s = record.snapshot();
    const rows = await queryReturning(this.uow.transaction(), `UPDATE death_record SET status = $2, cremation = $3, version = $4 WHERE id = $1 AND version = $5 RETURNING id`, [s.id, s.status, JSON.stringify(s.cremation), s.version, expectedVersion]);
    if (rows.length !== 1) throw new ConcurrentUpdateError();
  }

  async isRegistered(citizenId: string): Promise<boolean> {
    return (await this.uow.manager().query(`SELECT 1 FROM death_record WHERE citizen_id = $1`, [citizenId])).length > 0;
  }

  async find(id: string): Promise<{ record: DeathRecord; row: DeathRecordRow } | null> {
    const [row] = await this.uow.manager().query(`SELECT ${COLUMNS} FROM death_record WHERE id = $1`, [id]);
    if (!row) return null;
    const record = DeathRecord.restore({
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
      version: row.version,
    });
    return { record, row };
  }

  async list(filter: { divisionCode?: string; status?: string; citizenId?: string; from?: string; to?: string }, page: PageQuery): Promise<{ rows: DeathRecordRow[]; total: number }> {
    const where = districtFilter(requestContext.current()?.actor, 'district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.citizenId) where.add('citizen_id = ?', filter.citizenId.toUpperCase());
    if (filter.from) where.add('date_of_death >= ?::date', filter.from);
    if (filter.to) where.add('date_of_death <= ?::date', filter.to);
    return pageQuery<DeathRecordRow>(this.uow.manager(), { columns: COLUMNS, from: 'death_record', where, order: 'date_of_death DESC, id' }, page);
  }
}

export function alreadyRegistered(): DomainError {
  return new DomainError('DEATH.ALREADY_REGISTERED', 'a death is already registered for this citizen ID', 'conflict', 'citizenId');
}
