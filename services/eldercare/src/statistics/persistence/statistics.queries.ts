import { districtFilter, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { AssessmentStatisticsRow, BedStatisticsRow, EldercareStatisticsQueries, WaitingListStatisticsRow } from '../application/statistics-queries';

/** Adapter: counts over beds, residents, the line and assessments, grouped per district in SQL. */
@Injectable()
export class SqlEldercareStatisticsQueries implements EldercareStatisticsQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async beds(divisionCode?: string): Promise<BedStatisticsRow[]> {
    const where = districtFilter('b.district_code', divisionCode ? { column: 'b.division_code', prefix: divisionCode } : undefined);
    where.add(`b.status = 'in-service'`);
    const rows: Record<string, any>[] = await this.uow.manager().query(
      `SELECT b.district_code, b.kind, count(*)::int AS beds, count(r.id)::int AS occupied
         FROM bed b LEFT JOIN residency r ON r.bed_id = b.id AND r.discharged_on IS NULL
        WHERE ${where.sql()}
        GROUP BY b.district_code, b.kind ORDER BY b.district_code, b.kind`,
      where.params(),
    );
    return rows.map((r) => ({
      districtCode: r.district_code,
      kind: r.kind,
      beds: r.beds,
      occupied: r.occupied,
      vacant: r.beds - r.occupied,
      occupancyPercent: r.beds === 0 ? 0 : Math.round((r.occupied * 1000) / r.beds) / 10,
    }));
  }

  async waitingList(today: string, divisionCode?: string): Promise<WaitingListStatisticsRow[]> {
    const where = districtFilter('district_code', divisionCode ? { column: 'division_code', prefix: divisionCode } : undefined);
    where.add(`status IN ('waiting', 'offered')`);
    const todayParam = where.next();
    const rows: Record<string, any>[] = await this.uow.manager().query(
      `SELECT district_code,
              count(*) FILTER (WHERE status = 'waiting')::int AS waiting,
              count(*) FILTER (WHERE status = 'offered')::int AS offered,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ${todayParam}::date - (applied_at AT TIME ZONE 'Asia/Shanghai')::date) AS median_days,
              max(${todayParam}::date - (applied_at AT TIME ZONE 'Asia/Shanghai')::date) AS longest_days
         FROM waiting_entry WHERE ${where.sql()}
        GROUP BY district_code ORDER BY district_code`,
      [...where.params(), today],
    );
    return rows.map((r) => ({
      districtCode: r.district_code,
      waiting: r.waiting,
      offered: r.offered,
      medianWaitingDays: r.median_days === null ? null : Number(r.median_days),
      longestWaitingDays: r.longest_days === null ? null : Number(r.longest_days),
    }));
  }

  async assessments(divisionCode?: string): Promise<AssessmentStatisticsRow[]> {
    const where = districtFilter('a.district_code', divisionCode ? { column: 'a.division_code', prefix: divisionCode } : undefined);
    where.add('NOT EXISTS (SELECT 1 FROM care_assessment later WHERE later.citizen_id = a.citizen_id AND later.assessed_on > a.assessed_on)');
    const rows: Record<string, any>[] = await this.uow.manager().query(
      `SELECT a.district_code, a.level, count(*)::int AS elders FROM care_assessment a WHERE ${where.sql()}
        GROUP BY a.district_code, a.level ORDER BY a.district_code, a.level`,
      where.params(),
    );
    return rows.map((r) => ({ districtCode: r.district_code, level: r.level, elders: r.elders }));
  }
}
