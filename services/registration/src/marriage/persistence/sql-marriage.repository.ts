import { BusinessDate } from '@civic/domain-kernel';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { Marriage, maritalStatusChanges } from '../domain/marriage';
import { MarriageChange } from '../domain/marriage-change';
import { MarriageRepository } from '../domain/marriage.repository';
import { PersonStatus } from '../domain/marriage-rules';
import { MARRIAGE_SELECT, MarriageRow } from './marriage.row';

/** Adapter: `marriage`, `certificate` (numbers from `certificate_seq`) and `marital_status`. */
@Injectable()
export class SqlMarriageRepository implements MarriageRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<Marriage | null> {
    const [row] = await this.uow.manager().query(`${MARRIAGE_SELECT} WHERE m.id = $1${options.forUpdate ? ' FOR UPDATE OF m' : ''}`, [id]);
    return row ? toAggregate(row) : null;
  }

  async currentMarriageOf(citizenId: string): Promise<Marriage | null> {
    const [row] = await this.uow
      .transaction()
      .query(`${MARRIAGE_SELECT} WHERE (m.party_a_citizen_id = $1 OR m.party_b_citizen_id = $1) AND m.status = 'married' FOR UPDATE OF m`, [citizenId]);
    return row ? toAggregate(row) : null;
  }

  async lockStandings(citizenIds: string[], on: BusinessDate): Promise<Map<string, PersonStatus>> {
    const tx = this.uow.transaction();
    const sorted = [...citizenIds].sort();
    await tx.query(`INSERT INTO marital_status (citizen_id, status, since) SELECT unnest($1::varchar[]), 'unknown', $2 ON CONFLICT (citizen_id) DO NOTHING`, [
      sorted,
      on.toString(),
    ]);
    const rows: { citizen_id: string; status: PersonStatus }[] = await tx.query(
      `SELECT citizen_id, status FROM marital_status WHERE citizen_id = ANY($1) ORDER BY citizen_id FOR UPDATE`,
      [sorted],
    );
    return new Map(rows.map((r) => [r.citizen_id, r.status]));
  }

  async findBySource(source: string, recordId: string): Promise<Marriage | null> {
    const [row] = await this.uow.manager().query(`${MARRIAGE_SELECT} WHERE m.source = $1 AND m.source_record_id = $2`, [source, recordId]);
    return row ? toAggregate(row) : null;
  }

  async nextCertificateSerials(count: number): Promise<number[]> {
    const rows: { serial: string }[] = await this.uow
      .transaction()
      .query(`SELECT nextval('certificate_seq') AS serial FROM generate_series(1, $1::int)`, [count]);
    return rows.map((r) => Number(r.serial));
  }

  async save(marriage: Marriage, changes: MarriageChange[]): Promise<void> {
    const s = marriage.snapshot();
    const tx = this.uow.transaction();
    await tx.query(
      `INSERT INTO marriage (id, party_a_citizen_id, party_a_name, party_b_citizen_id, party_b_name, registered_on, office_code, status, ended_on,
                             declarations_confirmed_by, source, source_record_id, in_person_verified_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, ended_on = EXCLUDED.ended_on`,
      [
        s.id,
        s.partyA.citizenId,
        s.partyA.name,
        s.partyB.citizenId,
        s.partyB.name,
        s.registeredOn.toString(),
        s.officeCode,
        s.status,
        s.endedOn?.toString() ?? null,
        s.declarationsConfirmedBy,
        s.source?.name ?? null,
        s.source?.recordId ?? null,
        s.inPersonVerifiedBy,
      ],
    );
    const certificates = s.certificates.map((c) => ({
      number: c.number,
      kind: c.kind,
      holder: c.holderCitizenId,
      issued_on: c.issuedOn.toString(),
      voided_on: c.voidedOn?.toString() ?? null,
      void_reason: c.voidReason,
    }));
    await tx.query(
      `INSERT INTO certificate (number, marriage_id, kind, holder_citizen_id, issued_on, voided_on, void_reason)
       SELECT c.number, $1, c.kind, c.holder, c.issued_on, c.voided_on, c.void_reason
       FROM jsonb_to_recordset($2::jsonb) AS c(number text, kind text, holder text, issued_on date, voided_on date, void_reason text)
       ON CONFLICT (number) DO UPDATE SET voided_on = EXCLUDED.voided_on, void_reason = EXCLUDED.void_reason`,
      [s.id, JSON.stringify(certificates)],
    );
    for (const change of changes) {
      for (const { citizenIds, status, since } of maritalStatusChanges(marriage, change))
        await this.setStatus(citizenIds, status, s.id, since, change.kind === 'imported');
    }
  }

  async standingOf(citizenId: string): Promise<{ status: PersonStatus; marriageId: string | null } | null> {
    const [row] = await this.uow.transaction().query(`SELECT status, marriage_id FROM marital_status WHERE citizen_id = $1 FOR UPDATE`, [citizenId]);
    return row ? { status: row.status, marriageId: row.marriage_id } : null;
  }

  async restoreStandingFromHistory(citizenId: string): Promise<void> {
    await this.uow.transaction().query(
      `WITH latest AS (
         SELECT m.id, m.ended_on,
                CASE WHEN m.status = 'divorced' THEN 'divorced'
                     WHEN EXISTS (SELECT 1 FROM marital_status o WHERE o.status = 'deceased'
                                  AND o.citizen_id = CASE WHEN m.party_a_citizen_id = $1 THEN m.party_b_citizen_id ELSE m.party_a_citizen_id END) THEN 'widowed'
                END AS status
         FROM marriage m WHERE (m.party_a_citizen_id = $1 OR m.party_b_citizen_id = $1) AND m.status <> 'married' ORDER BY m.ended_on DESC LIMIT 1
       )
       UPDATE marital_status SET status = coalesce((SELECT status FROM latest), 'unknown'),
              marriage_id = (SELECT id FROM latest WHERE status IS NOT NULL), since = coalesce((SELECT ended_on FROM latest WHERE status IS NOT NULL), since), updated_at = now()
       WHERE citizen_id = $1`,
      [citizenId],
    );
  }

  async recordDeath(citizenId: string, on: BusinessDate): Promise<void> {
    await this.setStatus([citizenId], 'deceased', null, on);
  }

  /**
   * Sets the people's status. A prior record (`historical`) never overrides what the registry knows
   * of later: it applies where the person is unknown or its date is not older than the status held,
   * and never to someone recorded deceased.
   */
  private async setStatus(citizenIds: string[], status: PersonStatus, marriageId: string | null, since: BusinessDate, historical = false): Promise<void> {
    await this.uow.transaction().query(
      `INSERT INTO marital_status (citizen_id, status, marriage_id, since) SELECT unnest($1::varchar[]), $2, $3, $4
       ON CONFLICT (citizen_id) DO UPDATE SET status = EXCLUDED.status, marriage_id = EXCLUDED.marriage_id, since = EXCLUDED.since, updated_at = now()
       WHERE NOT $5 OR marital_status.status = 'unknown' OR (marital_status.status <> 'deceased' AND marital_status.since <= EXCLUDED.since)`,
      [citizenIds, status, marriageId, since.toString(), historical],
    );
  }
}

function toAggregate(row: MarriageRow): Marriage {
  return Marriage.restore({
    id: row.id,
    partyA: { citizenId: row.party_a_citizen_id, name: row.party_a_name },
    partyB: { citizenId: row.party_b_citizen_id, name: row.party_b_name },
    registeredOn: BusinessDate.parse(row.registered_on),
    officeCode: row.office_code,
    status: row.status,
    endedOn: row.ended_on ? BusinessDate.parse(row.ended_on) : null,
    declarationsConfirmedBy: row.declarations_confirmed_by,
    source: row.source ? { name: row.source, recordId: row.source_record_id! } : null,
    inPersonVerifiedBy: row.in_person_verified_by,
    certificates: row.certificates.map((c) => ({
      number: c.number,
      kind: c.kind,
      holderCitizenId: c.holder_citizen_id,
      issuedOn: BusinessDate.parse(c.issued_on),
      voidedOn: c.voided_on ? BusinessDate.parse(c.voided_on) : null,
      voidReason: c.void_reason,
    })),
  });
}
