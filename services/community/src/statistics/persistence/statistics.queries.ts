import { districtFilter, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { CommunityStatisticsRow, StatisticsQueries, TaggedPersonsRow } from '../application/statistics-queries';

/** Adapter of the statistics port: grouped counts on the same indexes the lists use. */
@Injectable()
export class SqlStatisticsQueries implements StatisticsQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async community(divisionCode?: string): Promise<CommunityStatisticsRow[]> {
    const scope = (district: string, division: string) => districtFilter(district, divisionCode ? { column: division, prefix: divisionCode } : undefined);
    const committees = scope('substr(d.code, 1, 6)', 'd.code');
    committees.add(`d.level = 'committee' AND d.status = 'active'`);
    const dwellings = scope('w.district_code', 'w.committee_code');
    const residents = scope('p.district_code', 'p.committee_code');
    residents.add(`p.status = 'resident'`);
    const db = this.uow.manager();
    const count = async (sql: string, params: unknown[]) =>
      new Map<string, number>((await db.query(sql, params)).map((r: { district: string; n: number }) => [r.district, r.n]));
    const byCommittees = await count(
      `SELECT substr(d.code, 1, 6) AS district, count(*)::int AS n FROM division d WHERE ${committees.sql()} GROUP BY 1`,
      committees.params(),
    );
    const byDwellings = await count(
      `SELECT w.district_code AS district, count(*)::int AS n FROM dwelling w WHERE ${dwellings.sql()} GROUP BY 1`,
      dwellings.params(),
    );
    const byResidents = await count(
      `SELECT p.district_code AS district, count(*)::int AS n FROM person p WHERE ${residents.sql()} GROUP BY 1`,
      residents.params(),
    );
    const districts = [...new Set([...byCommittees.keys(), ...byDwellings.keys(), ...byResidents.keys()])].sort();
    return districts.map((districtCode) => ({
      districtCode,
      committees: byCommittees.get(districtCode) ?? 0,
      dwellings: byDwellings.get(districtCode) ?? 0,
      residents: byResidents.get(districtCode) ?? 0,
    }));
  }

  async taggedPersons(divisionCode?: string): Promise<TaggedPersonsRow[]> {
    const where = districtFilter('substr(t.committee_code, 1, 6)', divisionCode ? { column: 't.committee_code', prefix: divisionCode } : undefined);
    const rows = await this.uow.manager().query(
      `SELECT substr(t.committee_code, 1, 6) AS district, t.tag_code, count(*)::int AS n FROM person_tag t
         WHERE t.untagged_at IS NULL AND ${where.sql()} GROUP BY 1, 2 ORDER BY 1, 2`,
      where.params(),
    );
    return rows.map((r: { district: string; tag_code: string; n: number }) => ({ districtCode: r.district, tag: r.tag_code, persons: r.n }));
  }
}
