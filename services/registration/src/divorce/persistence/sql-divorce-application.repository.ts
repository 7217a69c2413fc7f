import { BusinessDate } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { divorceAlreadyOpen, DivorceApplication, DivorceStatus } from '../domain/divorce-application';
import { DivorceApplicationRepository } from '../domain/divorce-application.repository';

interface DivorceApplicationRow {
  id: string;
  marriage_id: string;
  parties: [string, string];
  applied_on: string;
  status: DivorceStatus;
  certificate_requests: Record<string, string>;
  withdrawn_by: string | null;
  closed_on: string | null;
  in_person_verified_by: string | null;
  version: number;
}

/** Adapter: `divorce_application`; the partial unique index `divorce_application_one_open` keeps one open per marriage. */
@Injectable()
export class SqlDivorceApplicationRepository implements DivorceApplicationRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string): Promise<DivorceApplication | null> {
    const [r] = await this.uow
      .manager()
      .query(
        `SELECT id, marriage_id, parties, applied_on::text, status, certificate_requests, withdrawn_by, closed_on::text, in_person_verified_by, version FROM divorce_application WHERE id = $1 FOR UPDATE`,
        [id],
      );
    return r ? toAggregate(r) : null;
  }

  async openForParty(citizenId: string): Promise<string | null> {
    const [r] = await this.uow.manager().query(`SELECT id FROM divorce_application WHERE $1 = ANY (parties) AND status = 'cooling-off'`, [citizenId]);
    return r?.id ?? null;
  }

  async openFor(marriageId: string): Promise<string | null> {
    const [r] = await this.uow.manager().query(`SELECT id FROM divorce_application WHERE marriage_id = $1 AND status = 'cooling-off'`, [marriageId]);
    return r?.id ?? null;
  }

  async save(d: DivorceApplication, expectedVersion: number | null): Promise<void> {
    const s = d.snapshot();
    const tx = this.uow.transaction();
    if (expectedVersion === null) {
      await translatingConstraints(
        () =>
          tx.query(
            `INSERT INTO divorce_application (id, marriage_id, parties, applied_on, status, in_person_verified_by, version) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [s.id, s.marriageId, s.parties, s.appliedOn.toString(), s.status, s.inPersonVerifiedBy, s.version],
          ),
        { divorce_application_one_open: divorceAlreadyOpen },
      );
      return;
    }
    const rows = await queryReturning(
      tx,
      `UPDATE divorce_application SET status = $2, certificate_requests = $3, withdrawn_by = $4, closed_on = $5, version = $6 WHERE id = $1 AND version = $7 RETURNING id`,
      [s.id, s.status, JSON.stringify(s.certificateRequests), s.withdrawnBy, s.closedOn?.toString() ?? null, s.version, expectedVersion],
    );
    if (rows.length !== 1) throw new ConcurrentUpdateError();
  }

  async dueForLapse(today: BusinessDate, lastDay: number): Promise<string[]> {
    const rows: { id: string }[] = await this.uow
      .manager()
      .query(`SELECT id FROM divorce_application WHERE status = 'cooling-off' AND applied_on < $1::date - $2::int ORDER BY applied_on`, [
        today.toString(),
        lastDay,
      ]);
    return rows.map((r) => r.id);
  }
}

function toAggregate(r: DivorceApplicationRow): DivorceApplication {
  return DivorceApplication.restore({
    id: r.id,
    marriageId: r.marriage_id,
    parties: r.parties,
    appliedOn: BusinessDate.parse(r.applied_on),
    status: r.status,
    certificateRequests: r.certificate_requests,
    withdrawnBy: r.withdrawn_by,
    closedOn: r.closed_on ? BusinessDate.parse(r.closed_on) : null,
    inPersonVerifiedBy: r.in_person_verified_by,
    version: r.version,
  });
}
