import { BusinessDate, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { ServiceCertificate, ServiceTotals } from '../domain/service-certificate';
import { Volunteer, volunteerRegistered } from '../domain/volunteer';
import { VolunteerChange } from '../domain/volunteer-change';
import { VolunteerRepository } from '../domain/volunteer.repository';
import { VOLUNTEER_COLUMNS, VolunteerRow } from './volunteer.row';

/** Adapter: `volunteer` (one per citizen ID), `volunteer_membership`, `volunteer_service` and `volunteer_certificate`. */
@Injectable()
export class SqlVolunteerRepository implements VolunteerRepository {
  constructor(private readonly uow: UnitOfWork) {}

  find(id: string, options: { forUpdate?: boolean } = {}): Promise<Volunteer | null> {
    return this.one('v.id = $1', id, options.forUpdate);
  }

  findByCitizenId(citizenId: string, options: { forUpdate?: boolean } = {}): Promise<Volunteer | null> {
    return this.one('v.citizen_id = $1', citizenId, options.forUpdate);
  }

  async save(volunteer: Volunteer, expectedVersion: number | null, changes: VolunteerChange[], recordedBy: string): Promise<void> {
    const s = volunteer.snapshot();
    const tx = this.uow.transaction();
    if (expectedVersion === null) {
      await translatingConstraints(
        () =>
          tx.query(
            `INSERT INTO volunteer (id, citizen_id, name, division_code, district_code, registered_on, status, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [s.id, s.citizenId, s.name, s.divisionCode, districtOf(s.divisionCode), s.registeredOn.toString(), s.status, s.version],
          ),
        { volunteer_citizen_id_key: volunteerRegistered },
      );
    } else {
      const rows = await queryReturning(
        tx,
        `UPDATE volunteer SET status = $2, closed_on = $3, closed_reason = $4, version = $5 WHERE id = $1 AND version = $6 RETURNING id`,
        [s.id, s.status, s.closure?.on.toString() ?? null, s.closure?.reason ?? null, s.version, expectedVersion],
      );
      if (rows.length !== 1) throw new ConcurrentUpdateError();
    }
    for (const change of changes) {
      if (change.kind === 'joined')
        await tx.query(`INSERT INTO volunteer_membership (volunteer_id, organisation_id, joined_on) VALUES ($1, $2, $3)`, [
          s.id,
          change.organisationId,
          change.on.toString(),
        ]);
      if (change.kind === 'served')
        await tx.query(
          `INSERT INTO volunteer_service (volunteer_id, organisation_id, served_on, tenths_of_hours, activity, district_code, recorded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [s.id, change.organisationId, change.on.toString(), change.tenthsOfHours, change.activity, districtOf(s.divisionCode), recordedBy],
        );
    }
  }

  async totals(volunteerId: string): Promise<ServiceTotals> {
    const [row] = await this.uow.manager().query(
      `SELECT COALESCE(sum(tenths_of_hours), 0)::int AS tenths, count(*)::int AS records, min(served_on)::text AS first_on, max(served_on)::text AS last_on
         FROM volunteer_service WHERE volunteer_id = $1`,
      [volunteerId],
    );
    return {
      tenthsOfHours: row.tenths,
      records: row.records,
      firstServedOn: row.first_on ? BusinessDate.parse(row.first_on) : null,
      lastServedOn: row.last_on ? BusinessDate.parse(row.last_on) : null,
    };
  }

  async addCertificate(c: ServiceCertificate, recordedBy: string): Promise<void> {
    await this.uow.transaction().query(
      `INSERT INTO volunteer_certificate (number, volunteer_id, name, citizen_id_masked, tenths_of_hours, records, first_served_on, last_served_on, issued_on, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        c.number,
        c.volunteerId,
        c.name,
        c.citizenIdMasked,
        c.tenthsOfHours,
        c.records,
        c.firstServedOn.toString(),
        c.lastServedOn.toString(),
        c.issuedOn.toString(),
        recordedBy,
      ],
    );
  }

  private async one(condition: string, value: string, forUpdate = false): Promise<Volunteer | null> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT ${VOLUNTEER_COLUMNS} FROM volunteer v WHERE ${condition}${forUpdate ? ' FOR UPDATE OF v' : ''}`, [value]);
    return row ? toAggregate(row) : null;
  }
}

export function toAggregate(row: VolunteerRow): Volunteer {
  return Volunteer.restore({
    id: row.id,
    citizenId: row.citizen_id,
    name: row.name,
    divisionCode: row.division_code,
    registeredOn: BusinessDate.parse(row.registered_on),
    status: row.status,
    closure: row.closed_on ? { on: BusinessDate.parse(row.closed_on), reason: row.closed_reason ?? '' } : null,
    memberships: row.memberships.map((m) => ({ organisationId: m.organisation_id, joinedOn: BusinessDate.parse(m.joined_on) })),
    version: row.version,
  });
}
