import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { CommunityCloudLoader } from '../domain/community-cloud-loader';

/** Adapter: an import batch's reads and writes as a handful of set-wise statements (arrays bound as parameters, never spliced in). */
@Injectable()
export class SqlCommunityCloudLoader implements CommunityCloudLoader {
  constructor(private readonly uow: UnitOfWork) {}

  async knownCitizenIds(citizenIds: string[]): Promise<Set<string>> {
    const rows = await this.uow.transaction().query(`SELECT citizen_id FROM person WHERE citizen_id = ANY($1::bpchar[])`, [citizenIds]);
    return new Set(rows.map((r: { citizen_id: string }) => r.citizen_id));
  }

  async activeCommittees(codes: string[]): Promise<Set<string>> {
    const rows = await this.uow
      .transaction()
      .query(`SELECT code FROM division WHERE code = ANY($1::text[]) AND level = 'committee' AND status = 'active'`, [codes]);
    return new Set(rows.map((r: { code: string }) => r.code));
  }

  async dwellings(dwellings: { committeeCode: string; address: string; kind: string }[]): Promise<{ ids: Map<string, string>; created: number }> {
    if (dwellings.length === 0) return { ids: new Map(), created: 0 };
    const tx = this.uow.transaction();
    const params = [dwellings.map((d) => d.committeeCode), dwellings.map((d) => d.address), dwellings.map((d) => d.kind)];
    const made = await tx.query(
      `INSERT INTO dwelling (id, committee_code, district_code, address, kind, version)
       SELECT gen_random_uuid(), c, left(c, 6), a, k, 1 FROM unnest($1::text[], $2::text[], $3::text[]) AS d(c, a, k)
       ON CONFLICT (committee_code, address) DO NOTHING RETURNING id`,
      params,
    );
    const rows = await tx.query(
      `SELECT d.id, d.committee_code, d.address FROM dwelling d JOIN unnest($1::text[], $2::text[]) AS x(c, a) ON d.committee_code = x.c AND d.address = x.a`,
      params.slice(0, 2),
    );
    return { ids: new Map(rows.map((r: Record<string, string>) => [`${r.committee_code}|${r.address}`, r.id])), created: made.length };
  }

  async residents(
    residents: { id: string; citizenId: string; name: string; dwellingId: string; committeeCode: string; movedInOn: string }[],
  ): Promise<Set<string>> {
    if (residents.length === 0) return new Set();
    const rows = await this.uow.transaction().query(
      `WITH x AS (SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::date[]) AS x(id, citizen_id, name, dwelling_id, committee_code, moved_in_on)),
       p AS (
         INSERT INTO person (id, citizen_id, name, dwelling_id, committee_code, district_code, status, version)
         SELECT id, citizen_id, name, dwelling_id, committee_code, left(committee_code, 6), 'resident', 1 FROM x
         ON CONFLICT (citizen_id) DO NOTHING RETURNING id
       )
       INSERT INTO person_residence (person_id, dwelling_id, committee_code, from_date)
       SELECT x.id, x.dwelling_id, x.committee_code, x.moved_in_on FROM x JOIN p USING (id) RETURNING person_id`,
      [
        residents.map((r) => r.id),
        residents.map((r) => r.citizenId),
        residents.map((r) => r.name),
        residents.map((r) => r.dwellingId),
        residents.map((r) => r.committeeCode),
        residents.map((r) => r.movedInOn),
      ],
    );
    return new Set(rows.map((r: { person_id: string }) => r.person_id));
  }
}
