import { Money } from '@civic/domain-kernel';
import { districtFilter, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { CharityStatistics, StatisticsQueries, THREE_A_SHARE_TARGET } from '../application/statistics-queries';

type Row = Record<string, string | number> & { district_code: string };

/** Adapter: one GROUP BY district per table, merged into a row per district. */
@Injectable()
export class SqlStatisticsQueries implements StatisticsQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async charity(filter: { divisionCode?: string; year: number; today: string }): Promise<CharityStatistics[]> {
    const db = this.uow.manager();
    const scoped = (column = 'district_code') => districtFilter(column, filter.divisionCode ? { column, prefix: filter.divisionCode.slice(0, 6) } : undefined);
    const run = async (sql: (where: string, next: () => string) => string, extra: unknown[]): Promise<Row[]> => {
      const where = scoped();
      const params = where.params();
      let n = params.length;
      const text = sql(where.sql(), () => `$${++n}`);
      return db.query(text, [...params, ...extra]);
    };
    const organisations = await run(
      (where, next) => `SELECT district_code, count(*) FILTER (WHERE kind = 'social-group')::int AS social_group,
          count(*) FILTER (WHERE kind = 'social-service-institution')::int AS social_service_institution,
          count(*) FILTER (WHERE kind = 'foundation')::int AS foundation, count(*)::int AS total,
          count(*) FILTER (WHERE dormant_since IS NOT NULL)::int AS dormant,
          ${[1, 2, 3, 4, 5].map((g) => `count(*) FILTER (WHERE grade = ${g} AND grade_expires_on >= ${next()}::date)::int AS grade_${g}`).join(', ')}
        FROM organisation WHERE status = 'registered' AND ${where} GROUP BY district_code`,
      Array(5).fill(filter.today),
    );
    const inspections = await run(
      (
        where,
        next,
      ) => `SELECT district_code, count(*) FILTER (WHERE result = 'pass')::int AS pass, count(*) FILTER (WHERE result = 'basic-pass')::int AS basic_pass,
          count(*) FILTER (WHERE result = 'fail')::int AS fail, count(*) FILTER (WHERE late)::int AS late
        FROM annual_inspection WHERE year = ${next()} AND ${where} GROUP BY district_code`,
      [filter.year],
    );
    const donations = await run(
      (where, next) => `SELECT district_code, to_char(received_on, 'YYYY-MM') AS month, count(*)::int AS donations, sum(value_fen)::bigint AS value_fen
        FROM donation WHERE received_on >= make_date(${next()}, 1, 1) AND received_on < make_date(${next()} + 1, 1, 1) AND ${where}
        GROUP BY district_code, month ORDER BY month`,
      [filter.year, filter.year],
    );
    const volunteering = await run(
      (where, next) => `SELECT district_code, count(DISTINCT volunteer_id)::int AS volunteers, sum(tenths_of_hours)::int AS tenths
        FROM volunteer_service WHERE served_on >= make_date(${next()}, 1, 1) AND served_on < make_date(${next()} + 1, 1, 1) AND ${where} GROUP BY district_code`,
      [filter.year, filter.year],
    );
    const districts = [...new Set([organisations, inspections, donations, volunteering].flat().map((r) => r.district_code))].sort();
    const of = (rows: Row[], district: string) => rows.find((r) => r.district_code === district);
    return districts.map((district) => {
      const o = of(organisations, district);
      const i = of(inspections, district);
      const v = of(volunteering, district);
      const n = (row: Row | undefined, key: string) => Number(row?.[key] ?? 0);
      const total = n(o, 'total');
      const threeAOrAbove = n(o, 'grade_3') + n(o, 'grade_4') + n(o, 'grade_5');
      return {
        districtCode: district,
        organisations: {
          socialGroup: n(o, 'social_group'),
          socialServiceInstitution: n(o, 'social_service_institution'),
          foundation: n(o, 'foundation'),
          total,
        },
        grades: { '1A': n(o, 'grade_1'), '2A': n(o, 'grade_2'), '3A': n(o, 'grade_3'), '4A': n(o, 'grade_4'), '5A': n(o, 'grade_5') },
        threeAOrAboveShare: total ? Math.round((threeAOrAbove * 10000) / total) / 10000 : 0,
        threeAOrAboveTarget: THREE_A_SHARE_TARGET,
        inspections: { year: filter.year, pass: n(i, 'pass'), basicPass: n(i, 'basic_pass'), fail: n(i, 'fail'), late: n(i, 'late') },
        dormant: n(o, 'dormant'),
        donationsByMonth: donations
          .filter((r) => r.district_code === district)
          .map((r) => ({ month: String(r.month), donations: Number(r.donations), value: Money.ofFen(Number(r.value_fen)).toString() })),
        volunteers: n(v, 'volunteers'),
        volunteerHours: (n(v, 'tenths') / 10).toFixed(1),
      };
    });
  }
}
