import { BusinessDate, DivisionLevel } from '@civic/domain-kernel';
import { ConcurrentUpdateError, requestContext, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { Division, DivisionStatus } from '../domain/division';
import { DivisionChange } from '../domain/division-change';
import { DivisionRepository } from '../domain/division.repository';
import { DivisionHistoryRecord, DivisionRecord } from './division.entity';

/** Adapter: divisions in community's schema, updated only when the stored version is the one read. */
@Injectable()
export class TypeOrmDivisionRepository implements DivisionRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(code: string): Promise<Division | null> {
    const row = await this.uow.manager().getRepository(DivisionRecord).findOneBy({ code });
    return row ? toDomain(row) : null;
  }

  async countActiveChildren(code: string): Promise<number> {
    return this.uow.manager().getRepository(DivisionRecord).countBy({ parentCode: code, status: 'active' });
  }

  async save(division: Division, changes: DivisionChange[], expectedVersion: number | null): Promise<void> {
    const tx = this.uow.transaction();
    const s = division.snapshot();
    const record = {
      code: s.code,
      name: s.name,
      level: s.level,
      parentCode: s.parentCode,
      validFrom: s.validFrom.toString(),
      validTo: s.validTo?.toString() ?? null,
      status: s.status,
      version: s.version,
    };
    if (expectedVersion === null) {
      await tx.getRepository(DivisionRecord).insert(record);
    } else {
      const result = await tx.getRepository(DivisionRecord).update({ code: s.code, version: expectedVersion }, record);
      if (result.affected !== 1) throw new ConcurrentUpdateError();
    }
    const recordedBy = requestContext.current()?.actor?.subject ?? 'system';
    let version = expectedVersion ?? 0;
    await tx.getRepository(DivisionHistoryRecord).insert(
      changes.map((c) => ({
        code: s.code,
        version: ++version,
        change: c.kind,
        name: c.name,
        previousName: c.kind === 'renamed' ? c.previousName : null,
        effectiveDate: c.effectiveDate.toString(),
        reason: c.kind === 'revoked' ? c.reason : null,
        recordedBy,
      })),
    );
  }
}

function toDomain(row: DivisionRecord): Division {
  return Division.restore({
    code: row.code,
    name: row.name,
    level: row.level as DivisionLevel,
    parentCode: row.parentCode,
    validFrom: BusinessDate.parse(row.validFrom),
    validTo: row.validTo ? BusinessDate.parse(row.validTo) : null,
    status: row.status as DivisionStatus,
    version: row.version,
  });
}
