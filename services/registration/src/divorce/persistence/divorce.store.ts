import { BusinessDate, DomainError } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DivorceApplication } from '../domain/divorce-application';

/** Adapter: divorce applications. */
@Injectable()
export class DivorceStore {
  constructor(private readonly uow: UnitOfWork) {}

  async insert(d: DivorceApplication): Promise<void> {
    const s = d.snapshot();
    try {
      await this.uow.transaction().query(`INSERT INTO divorce_application (id, marriage_id, parties, applied_on, status, version) VALUES ($1, $2, $3, $4, $5, $6)`, [s.id, s.marriageId, s.parties, s.appliedOn.toString(), s.status, s.version]);
    } catch (error) {
      if ((error as { constraint?: string }).constraint === 'divorce_application_one_open') throw alreadyOpen();
      throw error;
    }
  }

  async find(id: string, db: EntityManager = this.uow.manager()): Promise<DivorceApplication | null> {
    const [r] = await db.query(`SELECT id, marriage_id, parties, applied_on::text, status, certificate_requests, withdrawn_by, closed_on::text, version FROM divorce_application WHERE id = $1 FOR UPDATE`, [id]);
    return r ? restore(r) : null;
  }

  async openFor(marriageId: string): Promise<string | null> {
    const [r] = await this.uow.manager().query(`SELECT id FROM divorce_application WHERE marriage_id = $1 AND status = 'cooling-off'`, [marriageId]);
    return r?.id ?? null;
  }

  async update(db: EntityManager, d: DivorceApplication, expectedVersion: number): Promise<void> {
    const s = d.snapshot();
    const rows = await queryReturning(db, `UPDATE divorce_application SET status = $2, certificate_requests = $3, withdrawn_by = $4, closed_on = $5, version = $6 WHERE id = $1 AND version = $7 RETURNING id`, [
      s.id,
      s.status,
      JSON.stringify(s.certificateRequests),
      s.withdrawnBy,
      s.closedOn?.toString() ?? null,
      s.version,
      expectedVersion,
    ]);
    if (rows.length !== 1) throw new ConcurrentUpdateError();
  }

  /** Open applications whose certificate deadline has passed on `today`. */
  async dueForLapse(db: EntityManager, today: BusinessDate, lastDay: number): Promise<string[]> {
    return (await db.query(`SELECT id FROM divorce_application WHERE status = 'cooling-off' AND applied_on < $1::date - $2::int ORDER BY applied_on`, [today.toString(), lastDay])).map((r: { id: string }) => r.id);
  }
}

function restore(r: Record<string, any>): DivorceApplication {
  return DivorceApplication.restore({
    id: r.id,
    marriageId: r.marriage_id,
    parties: r.parties,
    appliedOn: BusinessDate.parse(r.applied_on),
    status: r.status,
    certificateRequests: r.certificate_requests,
    withdrawnBy: r.withdrawn_by,
    closedOn: r.closed_on ? BusinessDate.parse(r.closed_on) : null,
    version: r.version,
  });
}

export function alreadyOpen(): DomainError {
  return new DomainError('DIVORCE.ALREADY_OPEN', 'a divorce application for this marriage is already in its cooling-off period', 'conflict', 'marriageId');
}
