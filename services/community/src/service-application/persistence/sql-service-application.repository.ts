import { BusinessDate, CitizenId, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { ServiceApplication } from '../domain/service-application';
import { ServiceApplicationRepository } from '../domain/service-application.repository';

export const APPLICATION_COLUMNS = `id, item_code, centre_code, applicant_citizen_id, applicant_name, received_on::text AS received_on, due_on::text AS due_on,
  status, concluded_on::text AS concluded_on, outcome, note, version`;

/** Adapter: `service_application`. */
@Injectable()
export class SqlServiceApplicationRepository implements ServiceApplicationRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<ServiceApplication | null> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT ${APPLICATION_COLUMNS} FROM service_application WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toAggregate(row) : null;
  }

  async save(application: ServiceApplication, expectedVersion: number | null): Promise<void> {
    const s = application.snapshot();
    const tx = this.uow.transaction();
    if (expectedVersion === null) {
      await tx.query(
        `INSERT INTO service_application (id, item_code, centre_code, district_code, applicant_citizen_id, applicant_name, received_on, due_on, status, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          s.id,
          s.itemCode,
          s.centreCode,
          districtOf(s.centreCode),
          s.applicant.citizenId.value,
          s.applicant.name,
          s.receivedOn.toString(),
          s.dueOn.toString(),
          s.status,
          s.version,
        ],
      );
      return;
    }
    const rows = await queryReturning(
      tx,
      `UPDATE service_application SET status = $2, concluded_on = $3, outcome = $4, note = $5, version = $6 WHERE id = $1 AND version = $7 RETURNING id`,
      [s.id, s.status, s.conclusion?.on.toString() ?? null, s.conclusion?.outcome ?? null, s.conclusion?.note ?? null, s.version, expectedVersion],
    );
    if (rows.length !== 1) throw new ConcurrentUpdateError();
  }
}

export function toAggregate(r: Record<string, any>): ServiceApplication {
  return ServiceApplication.restore({
    id: r.id,
    itemCode: r.item_code,
    centreCode: r.centre_code,
    applicant: { citizenId: CitizenId.parse(r.applicant_citizen_id), name: r.applicant_name },
    receivedOn: BusinessDate.parse(r.received_on),
    dueOn: BusinessDate.parse(r.due_on),
    status: r.status,
    conclusion: r.concluded_on ? { on: BusinessDate.parse(r.concluded_on), outcome: r.outcome, note: r.note } : null,
    version: r.version,
  });
}
