import { BusinessDate, districtOf } from '@civic/domain-kernel';
import { translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { ConventionVersion, conventionRevisedMeanwhile } from '../domain/convention';
import { ConventionRepository } from '../domain/convention.repository';

/** Adapter: `convention_version`, one row per version; its primary key (committee, number) settles two revisions at once. */
@Injectable()
export class SqlConventionRepository implements ConventionRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async current(committeeCode: string): Promise<ConventionVersion | null> {
    const [r] = await this.uow
      .manager()
      .query(`SELECT number, text, adopted_on::text AS adopted_on, adopted_by FROM convention_version WHERE committee_code = $1 ORDER BY number DESC LIMIT 1`, [
        committeeCode,
      ]);
    return r ? { number: r.number, text: r.text, adoptedOn: BusinessDate.parse(r.adopted_on), adoptedBy: r.adopted_by } : null;
  }

  async add(committeeCode: string, version: ConventionVersion, recordedBy: string): Promise<void> {
    await translatingConstraints(
      () =>
        this.uow
          .transaction()
          .query(
            `INSERT INTO convention_version (committee_code, district_code, number, text, adopted_on, adopted_by, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [committeeCode, districtOf(committeeCode), version.number, version.text, version.adoptedOn.toString(), version.adoptedBy, recordedBy],
          ),
      { convention_version_pkey: conventionRevisedMeanwhile },
    );
  }
}
