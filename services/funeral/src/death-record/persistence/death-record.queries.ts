import { districtFilter, divisionOfRow, pageQuery, PageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { DeathRecordFilter, DeathRecordQueries, DeathRecordView } from '../application/death-record-queries';
import { DEATH_RECORD_COLUMNS, DeathRecordRow } from './death-record.row';

/** Adapter of the death-record query port: lists within the caller's districts, newest death first. */
@Injectable()
export class SqlDeathRecordQueries implements DeathRecordQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'death_record', id);
  }

  async get(id: string): Promise<DeathRecordView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${DEATH_RECORD_COLUMNS} FROM death_record WHERE id = $1`, [id]);
    return row ? toView(row) : null;
  }

  async list(filter: DeathRecordFilter, page: PageQuery): Promise<{ items: DeathRecordView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.citizenId) where.add('citizen_id = ?', filter.citizenId.toUpperCase());
    if (filter.from) where.add('date_of_death >= ?::date', filter.from);
    if (filter.to) where.add('date_of_death <= ?::date', filter.to);
    const { rows, total } = await pageQuery<DeathRecordRow>(
      this.uow.manager(),
      { columns: DEATH_RECORD_COLUMNS, from: 'death_record', where, order: 'date_of_death DESC, id' },
      page,
    );
    return { items: rows.map(toView), total };
  }
}

function toView(r: DeathRecordRow): DeathRecordView {
  return {
    id: r.id,
    citizenId: r.citizen_id,
    name: r.name,
    dateOfDeath: r.date_of_death,
    placeOfDeath: r.place_of_death,
    divisionCode: r.division_code,
    funeralHome: r.funeral_home,
    certificateNo: r.certificate_no,
    status: r.status,
    cremation: r.cremation,
    corrections: r.corrections,
    revocation: r.revocation,
    version: r.version,
  };
}
