import { DomainError, districtOf } from '@civic/domain-kernel';
import { translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { CommitteeContents } from '../application/committee-contents';

/** Adapter: a merger's move of the community cloud's rows, set-based, in the merger's transaction. */
@Injectable()
export class SqlCommitteeContents implements CommitteeContents {
  constructor(private readonly uow: UnitOfWork) {}

  async moveAll(from: string[], to: string): Promise<{ dwellings: number; persons: number }> {
    const tx = this.uow.transaction();
    const district = districtOf(to);
    const dwellings = await translatingConstraints(
      () =>
        tx.query(
          `WITH moved AS (UPDATE dwelling SET committee_code = $2, district_code = $3 WHERE committee_code = ANY($1) RETURNING 1) SELECT count(*)::int AS n FROM moved`,
          [from, to, district],
        ),
      {
        dwelling_one_per_address: () =>
          new DomainError(
            'DIVISION.MERGE_ADDRESS_CLASH',
            'two of the committees hold a dwelling at the same address: correct one before merging',
            'conflict',
            'mergedCodes',
          ),
      },
    );
    const [persons] = await tx.query(
      `WITH moved AS (UPDATE person SET committee_code = $2, district_code = $3 WHERE committee_code = ANY($1) RETURNING 1) SELECT count(*)::int AS n FROM moved`,
      [from, to, district],
    );
    await tx.query(`UPDATE person_tag SET committee_code = $2 WHERE committee_code = ANY($1) AND untagged_at IS NULL`, [from, to]);
    return { dwellings: dwellings[0].n, persons: persons.n };
  }
}
