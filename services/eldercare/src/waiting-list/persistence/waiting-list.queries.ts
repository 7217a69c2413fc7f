import { districtFilter, divisionOfRow, PageQuery, pageQuery, RecordDivisions, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { OfferView, WaitingEntryFilter, WaitingEntryView, WaitingListQueries } from '../application/waiting-list-queries';
import { OFFER_COLUMNS } from './sql-waiting-list.repository';

// The position is an index count of the waiting entries of the district that sort ahead.
const ENTRY_VIEW = `e.id, e.citizen_id, e.name, e.division_code, e.applied_at, e.status, e.declines, e.priority_key, e.closed_reason, e.version,
  CASE WHEN e.status = 'waiting' THEN 1 + (SELECT count(*) FROM waiting_entry ahead
    WHERE ahead.district_code = e.district_code AND ahead.status = 'waiting' AND (ahead.priority_key, ahead.id) < (e.priority_key, e.id)) END AS position,
  (SELECT row_to_json(o) FROM (SELECT ${OFFER_COLUMNS} FROM bed_offer WHERE entry_id = e.id AND status = 'open') o) AS open_offer`;

/** Adapter of the line's query port. */
@Injectable()
export class SqlWaitingListQueries implements WaitingListQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'waiting_entry', id);
  }

  async get(id: string): Promise<WaitingEntryView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${ENTRY_VIEW} FROM waiting_entry e WHERE e.id = $1`, [id]);
    return row ? entryView(row) : null;
  }

  async list(filter: WaitingEntryFilter, page: PageQuery): Promise<{ items: WaitingEntryView[]; total: number }> {
    const where = districtFilter('e.district_code', filter.divisionCode ? { column: 'e.division_code', prefix: filter.divisionCode } : undefined);
    if (filter.status) where.add('e.status = ?', filter.status);
    if (filter.citizenId) where.add('e.citizen_id = ?', filter.citizenId);
    const { rows, total } = await pageQuery(
      this.uow.manager(),
      { columns: ENTRY_VIEW, from: 'waiting_entry e', where, order: 'e.district_code, e.priority_key, e.id' },
      page,
    );
    return { items: rows.map(entryView), total };
  }

  async offer(id: string): Promise<OfferView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${OFFER_COLUMNS} FROM bed_offer WHERE id = $1`, [id]);
    return row ? offerView(row) : null;
  }
}

/** The offers' own record-division lookup, for DistrictScope.record on /offers/:id. */
@Injectable()
export class SqlOfferDivisions implements RecordDivisions {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'bed_offer', id);
  }
}

function entryView(r: Record<string, any>): WaitingEntryView {
  return {
    id: r.id,
    citizenId: r.citizen_id,
    name: r.name,
    divisionCode: r.division_code,
    appliedAt: new Date(r.applied_at).toISOString(),
    status: r.status,
    declines: r.declines,
    position: r.position === null ? null : Number(r.position),
    priorityKey: r.priority_key,
    closedReason: r.closed_reason,
    openOffer: r.open_offer ? offerView(r.open_offer) : null,
    version: r.version,
  };
}

function offerView(r: Record<string, any>): OfferView {
  return {
    id: r.id,
    entryId: r.entry_id,
    bedId: r.bed_id,
    divisionCode: r.division_code,
    offeredOn: r.offered_on,
    expiresOn: r.expires_on,
    status: r.status,
    decidedOn: r.decided_on,
    reason: r.reason,
    skipReason: r.skip_reason,
  };
}
