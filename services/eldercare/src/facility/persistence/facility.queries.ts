import { BusinessDate, Clock } from '@civic/domain-kernel';
import { CLOCK, districtFilter, divisionOfRow, PageQuery, pageQuery, SqlWhere, UnitOfWork } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { CreditMoveView, FacilityFilter, FacilityQueries, FacilityView, facilityView } from '../application/facility-queries';
import { CreditMoveRow, FACILITY_COLUMNS, FacilityRow } from './facility.row';
import { toAggregate } from './sql-facility.repository';

/** Adapter of the facility query port: lists within the caller's districts, by name. */
@Injectable()
export class SqlFacilityQueries implements FacilityQueries {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'facility', id);
  }

  async get(id: string): Promise<FacilityView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${FACILITY_COLUMNS} FROM facility WHERE id = $1`, [id]);
    return row ? facilityView(toAggregate(row), BusinessDate.today(this.clock)) : null;
  }

  async list(filter: FacilityFilter, page: PageQuery): Promise<{ items: FacilityView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    if (filter.kind) where.add('kind = ?', filter.kind);
    if (filter.filingStatus) where.add('filing_status = ?', filter.filingStatus);
    const { rows, total } = await pageQuery<FacilityRow>(this.uow.manager(), { columns: FACILITY_COLUMNS, from: 'facility', where, order: 'name, id' }, page);
    const today = BusinessDate.today(this.clock);
    return { items: rows.map((row) => facilityView(toAggregate(row), today)), total };
  }

  async creditMoves(id: string, page: PageQuery): Promise<{ items: CreditMoveView[]; total: number }> {
    const where = new SqlWhere().add('facility_id = ?', id);
    const { rows, total } = await pageQuery<CreditMoveRow>(
      this.uow.manager(),
      { columns: 'delta, score, reason, moved_on::text, recorded_by, recorded_at', from: 'facility_credit_move', where, order: 'id DESC' },
      page,
    );
    return {
      items: rows.map((r) => ({
        delta: r.delta,
        score: r.score,
        reason: r.reason,
        movedOn: r.moved_on,
        recordedBy: r.recorded_by,
        recordedAt: r.recorded_at.toISOString(),
      })),
      total,
    };
  }
}
