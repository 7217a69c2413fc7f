import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { ConventionQueries, ConventionVersionView } from '../application/convention-queries';

/** Adapter of the convention query port. */
@Injectable()
export class SqlConventionQueries implements ConventionQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async versions(committeeCode: string): Promise<ConventionVersionView[]> {
    const rows = await this.uow.manager().query(
      `SELECT committee_code, number, text, adopted_on::text AS adopted_on, adopted_by, recorded_by, recorded_at
         FROM convention_version WHERE committee_code = $1 ORDER BY number`,
      [committeeCode],
    );
    return rows.map((r: Record<string, any>) => ({
      committeeCode: r.committee_code,
      number: r.number,
      text: r.text,
      adoptedOn: r.adopted_on,
      adoptedBy: r.adopted_by,
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at.toISOString(),
    }));
  }
}
