import { BusinessDate } from '@civic/domain-kernel';
import { queryReturning, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MaritalStatus } from '../domain/marriage-rules';

export interface MarriageRow {
  id: string;
  party_a_citizen_id: string;
  party_a_name: string;
  party_b_citizen_id: string;
  party_b_name: string;
  registered_on: string;
  office_code: string;
  status: string;
  ended_on: string | null;
}

const COLUMNS = `id, party_a_citizen_id, party_a_name, party_b_citizen_id, party_b_name, registered_on::text, office_code, status, ended_on::text`;

/** Adapter: marriages, certificates and marital status. */
@Injectable()
export class MarriageStore {
  constructor(private readonly uow: UnitOfWork) {}

  /** Locks both people's status rows (creating them as unmarried), always in the same order so two registrations cannot deadlock. */
  async lockStatuses(citizenIds: string[], on: BusinessDate): Promise<Map<string, MaritalStatus>> {
    const tx = this.uow.transaction();
    const sorted = [...citizenIds].sort();
    await tx.query(`INSERT INTO marital_status (citizen_id, status, since) SELECT unnest($1::varchar[]), 'unmarried', $2 ON CONFLICT (citizen_id) DO NOTHING`, [sorted, on.toString()]);
    const rows = await tx.query(`SELECT citizen_id, status FROM marital_status WHERE citizen_id = ANY($1) ORDER BY citizen_id FOR UPDATE`, [sorted]);
    return new Map(rows.map((r: { citizen_id: string; status: MaritalStatus }) => [r.citizen_id, r.status]));
  }

  async setStatus(db: EntityManager, citizenIds: string[], status: MaritalStatus | 'deceased', marriageId: string | null, since: string): Promise<void> {
    await db.query(
      `INSERT INTO marital_status (citizen_id, status, marriage_id, since) SELECT unnest($1::varchar[]), $2, $3, $4
       ON CONFLICT (citizen_id) DO UPDATE SET status = EXCLUDED.status, marriage_id = EXCLUDED.marriage_id, since = EXCLUDED.since, updated_at = now()`,
      [citizenIds, status, marriageId, since],
    );
  }

  async insertMarriage(m: { id: string; a: { citizenId: string; name: string }; b: { citizenId: string; name: string }; on: string; officeCode: string }): Promise<void> {
    await this.uow.transaction().query(
      `INSERT INTO marriage (id, party_a_citizen_id, party_a_name, party_b_citizen_id, party_b_name, registered_on, office_code, status) VALUES ($1, $2, $3, $4, $5, $6, $7, 'married')`,
      [m.id, m.a.citizenId, m.a.name, m.b.citizenId, m.b.name, m.on, m.officeCode],
    );
  }

  /** Issues a certificate to each holder: `J` (结婚证) or `L` (离婚证), office, year, running number. */
  async issueCertificates(marriageId: string, kind: 'marriage' | 'divorce', holders: string[], officeCode: string, on: BusinessDate): Promise<string[]> {
    const rows = await this.uow.transaction().query(
      `INSERT INTO certificate (number, marriage_id, kind, holder_citizen_id, issued_on)
       SELECT $3 || '-' || $4 || '-' || lpad(nextval('certificate_seq')::text, 6, '0'), $1, $2, h, $5 FROM unnest($6::varchar[]) AS h RETURNING number`,
      [marriageId, kind, `${kind === 'marriage' ? 'J' : 'L'}${officeCode}`, String(on.year), on.toString(), holders],
    );
    return rows.map((r: { number: string }) => r.number);
  }

  async voidCertificates(marriageId: string, kind: 'marriage' | 'divorce', holder: string, on: string, reason: string): Promise<number> {
    const rows = await queryReturning(
      this.uow.transaction(),
      `UPDATE certificate SET voided_on = $4, void_reason = $5 WHERE marriage_id = $1 AND kind = $2 AND holder_citizen_id = $3 AND voided_on IS NULL RETURNING number`,
      [marriageId, kind, holder, on, reason],
    );
    return rows.length;
  }

  async certificates(marriageId: string): Promise<{ number: string; kind: string; holder_citizen_id: string; issued_on: string; voided_on: string | null }[]> {
    return this.uow.manager().query(`SELECT number, kind, holder_citizen_id, issued_on::text, voided_on::text FROM certificate WHERE marriage_id = $1 ORDER BY issued_on, number`, [marriageId]);
  }

  async find(id: string, db: EntityManager = this.uow.manager()): Promise<MarriageRow | null> {
    const [row] = await db.query(`SELECT ${COLUMNS} FROM marriage WHERE id = $1`, [id]);
    return row ?? null;
  }

  async currentMarriageOf(db: EntityManager, citizenId: string): Promise<MarriageRow | null> {
    const [row] = await db.query(`SELECT ${COLUMNS} FROM marriage WHERE (party_a_citizen_id = $1 OR party_b_citizen_id = $1) AND status = 'married' FOR UPDATE`, [citizenId]);
    return row ?? null;
  }

  async endMarriage(db: EntityManager, id: string, status: 'divorced' | 'ended-by-death', on: string): Promise<void> {
    await db.query(`UPDATE marriage SET status = $2, ended_on = $3 WHERE id = $1 AND status = 'married'`, [id, status, on]);
  }

  async statusOf(citizenId: string): Promise<{ citizen_id: string; status: string; marriage_id: string | null; since: string } | null> {
    const [row] = await this.uow.manager().query(`SELECT citizen_id, status, marriage_id, since::text FROM marital_status WHERE citizen_id = $1`, [citizenId]);
    return row ?? null;
  }
}
