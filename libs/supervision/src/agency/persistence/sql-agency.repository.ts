import { BusinessDate, districtOf } from '@civic/domain-kernel';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { Agency, AgencyChange, agencyExists } from '../domain/agency';
import { AgencyRepository } from '../domain/agency.repository';
import { AGENCY_SELECT, AgencyRow } from './agency.row';

/** Adapter: `agency`, `agency_complaint` and `agency_action` in the mounting service's schema (unique USCC). */
@Injectable()
export class SqlAgencyRepository implements AgencyRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<Agency | null> {
    const [row] = await this.uow.manager().query(`${AGENCY_SELECT} WHERE a.id = $1${options.forUpdate ? ' FOR UPDATE OF a' : ''}`, [id]);
    return row ? toAggregate(row) : null;
  }

  async save(agency: Agency, changes: AgencyChange[]): Promise<void> {
    const s = agency.snapshot();
    const tx = this.uow.transaction();
    for (const change of changes) {
      switch (change.kind) {
        case 'registered': {
          const rows = await tx.query(
            `INSERT INTO agency (id, uscc, name, division_code, district_code, status, registered_on, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (uscc) DO NOTHING RETURNING id`,
            [s.id, s.uscc, s.name, s.divisionCode, districtOf(s.divisionCode), s.status, s.registeredOn.toString(), s.version],
          );
          if (rows.length === 0) throw agencyExists(s.uscc);
          break;
        }
        case 'complaint-received': {
          const c = change.complaint;
          await tx.query(`INSERT INTO agency_complaint (id, agency_id, received_on, complainant, summary, status) VALUES ($1, $2, $3, $4, $5, $6)`, [
            c.id,
            s.id,
            c.receivedOn.toString(),
            c.complainant,
            c.summary,
            c.status,
          ]);
          break;
        }
        case 'complaint-resolved': {
          const c = change.complaint;
          await tx.query(`UPDATE agency_complaint SET status = $2, resolution = $3, resolved_on = $4 WHERE id = $1`, [
            c.id,
            c.status,
            c.resolution,
            c.resolvedOn?.toString() ?? null,
          ]);
          break;
        }
        case 'action-taken': {
          const a = change.action;
          await tx.query(`INSERT INTO agency_action (id, agency_id, kind, taken_on, findings, rectify_by, partners) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
            a.id,
            s.id,
            a.kind,
            a.takenOn.toString(),
            a.findings,
            a.rectifyBy?.toString() ?? null,
            a.partners,
          ]);
          break;
        }
        case 'status-changed':
          await tx.query(`UPDATE agency SET status = $2, status_reason = $3, version = $4 WHERE id = $1`, [s.id, s.status, s.statusReason, s.version]);
          break;
      }
    }
  }
}

export function toAggregate(row: AgencyRow): Agency {
  const date = (text: string | null) => (text ? BusinessDate.parse(text) : null);
  return Agency.restore({
    id: row.id,
    uscc: row.uscc,
    name: row.name,
    divisionCode: row.division_code,
    status: row.status,
    statusReason: row.status_reason,
    registeredOn: BusinessDate.parse(row.registered_on),
    version: row.version,
    complaints: row.complaints.map((c) => ({
      id: c.id,
      receivedOn: BusinessDate.parse(c.received_on),
      complainant: c.complainant,
      summary: c.summary,
      status: c.status,
      resolution: c.resolution,
      resolvedOn: date(c.resolved_on),
    })),
    actions: row.actions.map((a) => ({
      id: a.id,
      kind: a.kind,
      takenOn: BusinessDate.parse(a.taken_on),
      findings: a.findings,
      rectifyBy: date(a.rectify_by),
      partners: a.partners,
    })),
  });
}
