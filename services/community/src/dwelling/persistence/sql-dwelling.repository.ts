import { districtOf } from '@civic/domain-kernel';
import { translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { Dwelling, dwellingAddressTaken } from '../domain/dwelling';
import { DwellingRepository } from '../domain/dwelling.repository';

/** Adapter: `dwelling`; the unique address per committee becomes a domain error. */
@Injectable()
export class SqlDwellingRepository implements DwellingRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string): Promise<Dwelling | null> {
    const [r] = await this.uow.manager().query(`SELECT id, committee_code, address, kind, version FROM dwelling WHERE id = $1`, [id]);
    return r ? Dwelling.restore({ id: r.id, committeeCode: r.committee_code, address: r.address, kind: r.kind, version: r.version }) : null;
  }

  async add(dwelling: Dwelling): Promise<void> {
    const s = dwelling.snapshot();
    await translatingConstraints(
      () =>
        this.uow
          .transaction()
          .query(`INSERT INTO dwelling (id, committee_code, district_code, address, kind, version) VALUES ($1, $2, $3, $4, $5, $6)`, [
            s.id,
            s.committeeCode,
            districtOf(s.committeeCode),
            s.address,
            s.kind,
            s.version,
          ]),
      { dwelling_one_per_address: dwellingAddressTaken },
    );
  }
}
