import { citizenIdForCaller, districtFilter, divisionOfRow, PageQuery, pageQuery, SqlWhere, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { CertificateView, ServiceRecordView, VolunteerQueries, VolunteerView } from '../application/volunteer-queries';
import { hoursOf } from '../domain/service-certificate';
import { VOLUNTEER_COLUMNS, VolunteerRow } from './volunteer.row';

/** Adapter of the volunteer query port; citizen IDs masked unless the caller may read personal data. */
@Injectable()
export class SqlVolunteerQueries implements VolunteerQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'volunteer', id);
  }

  async get(id: string): Promise<VolunteerView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${VOLUNTEER_COLUMNS} FROM volunteer v WHERE v.id = $1`, [id]);
    return row ? view(row) : null;
  }

  async list(filter: { divisionCode?: string; status?: string; organisationId?: string }, page: PageQuery): Promise<{ items: VolunteerView[]; total: number }> {
    const where = districtFilter('v.district_code', filter.divisionCode ? { column: 'v.division_code', prefix: filter.divisionCode } : undefined);
    if (filter.status) where.add('v.status = ?', filter.status);
    if (filter.organisationId)
      where.add('EXISTS (SELECT 1 FROM volunteer_membership m WHERE m.volunteer_id = v.id AND m.organisation_id = ?)', filter.organisationId);
    const { rows, total } = await pageQuery<VolunteerRow>(
      this.uow.manager(),
      { columns: VOLUNTEER_COLUMNS, from: 'volunteer v', where, order: 'v.registered_on DESC, v.id' },
      page,
    );
    return { items: rows.map(view), total };
  }

  async serviceRecords(id: string, page: PageQuery): Promise<{ items: ServiceRecordView[]; total: number }> {
    const { rows, total } = await pageQuery<{ organisation_id: string; served_on: string; tenths_of_hours: number; activity: string }>(
      this.uow.manager(),
      {
        columns: `organisation_id, served_on::text AS served_on, tenths_of_hours, activity`,
        from: 'volunteer_service',
        where: new SqlWhere().add('volunteer_id = ?', id),
        order: 'served_on DESC, id DESC',
      },
      page,
    );
    return {
      items: rows.map((row) => ({ organisationId: row.organisation_id, servedOn: row.served_on, hours: hoursOf(row.tenths_of_hours), activity: row.activity })),
      total,
    };
  }

  async certificate(number: string): Promise<CertificateView | null> {
    const [row] = await this.uow.manager().query(
      `SELECT number, name, citizen_id_masked, tenths_of_hours, records, first_served_on::text AS first_served_on, last_served_on::text AS last_served_on,
              issued_on::text AS issued_on
         FROM volunteer_certificate WHERE number = $1`,
      [number],
    );
    return row
      ? {
          number: row.number,
          name: row.name,
          citizenIdMasked: row.citizen_id_masked,
          hours: hoursOf(row.tenths_of_hours),
          records: row.records,
          firstServedOn: row.first_served_on,
          lastServedOn: row.last_served_on,
          issuedOn: row.issued_on,
        }
      : null;
  }
}

function view(row: VolunteerRow): VolunteerView {
  return {
    id: row.id,
    citizenId: citizenIdForCaller('charity', row.citizen_id),
    name: row.name,
    divisionCode: row.division_code,
    registeredOn: row.registered_on,
    status: row.status,
    closedOn: row.closed_on,
    closedReason: row.closed_reason,
    organisations: row.memberships.map((m) => ({ organisationId: m.organisation_id, joinedOn: m.joined_on })),
    totalHours: hoursOf(row.tenths_of_hours),
    version: row.version,
  };
}
