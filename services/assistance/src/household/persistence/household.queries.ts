import { districtFilter, divisionOfRow, pageQuery, PageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { HouseholdHistoryView, HouseholdListFilter, HouseholdQueries, HouseholdSummaryView } from '../application/household-queries';

/** Adapter of the household query port. */
@Injectable()
export class SqlHouseholdQueries implements HouseholdQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'household', id);
  }

  async list(filter: HouseholdListFilter, page: PageQuery): Promise<{ items: HouseholdSummaryView[]; total: number }> {
    const where = districtFilter('h.district_code', filter.divisionCode ? { column: 'h.division_code', prefix: filter.divisionCode } : undefined);
    if (filter.status) where.add('h.status = ?', filter.status);
    if (filter.reviewStatus) where.add('h.review_status = ?', filter.reviewStatus);
    if (filter.citizenId)
      where.add('EXISTS (SELECT 1 FROM household_member m WHERE m.household_id = h.id AND m.citizen_id = ?)', filter.citizenId.toUpperCase());
    const columns = `h.id, h.division_code, h.address, h.status, h.review_status, h.version, h.created_at, (SELECT count(*)::int FROM household_member m WHERE m.household_id = h.id) AS member_count`;
    const { rows, total } = await pageQuery<HouseholdSummaryRow>(
      this.uow.manager(),
      { columns, from: 'household h', where, order: 'h.created_at DESC, h.id' },
      page,
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        divisionCode: r.division_code,
        address: r.address,
        status: r.status,
        reviewStatus: r.review_status,
        memberCount: r.member_count,
        version: r.version,
        createdAt: r.created_at.toISOString(),
      })),
      total,
    };
  }

  async history(id: string): Promise<HouseholdHistoryView[]> {
    const rows: { version: number; change: string; reason: string | null; snapshot: unknown; recorded_at: Date; recorded_by: string }[] = await this.uow
      .manager()
      .query(`SELECT version, change, reason, snapshot, recorded_at, recorded_by FROM household_history WHERE household_id = $1 ORDER BY version`, [id]);
    return rows.map((r) => ({
      version: r.version,
      change: r.change,
      reason: r.reason,
      snapshot: r.snapshot,
      recordedAt: r.recorded_at.toISOString(),
      recordedBy: r.recorded_by,
    }));
  }
}

interface HouseholdSummaryRow {
  id: string;
  division_code: string;
  address: string;
  status: string;
  review_status: string;
  version: number;
  created_at: Date;
  member_count: number;
}
