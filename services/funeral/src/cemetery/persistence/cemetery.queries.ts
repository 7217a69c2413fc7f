import { districtOf, Money } from '@civic/domain-kernel';
import { districtFilter, divisionOfRow, pageQuery, PageQuery, RecordDivisions, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { CemeteryQueries, CemeteryView, EcoClaimView, ExpiringPlotView, PlotView, ZoneView } from '../application/cemetery-queries';

interface PlotRow {
  id: string;
  zone_id: string;
  zone_code: string;
  number: string;
  area_m2: string;
  status: string;
  death_record_id: string | null;
  assigned_on: string | null;
  eco_subsidy_fen: string | null;
  use_term_ends_on: string | null;
  capacity: number;
  companion_death_record_id: string | null;
}

const PLOT_COLUMNS = `p.id, p.zone_id, z.code AS zone_code, p.number, p.area_m2::text, p.status, p.death_record_id, p.assigned_on::text, p.eco_subsidy_fen, p.use_term_ends_on::text, p.capacity, p.companion_death_record_id`;

/** Adapter of the cemetery query port. */
@Injectable()
export class SqlCemeteryQueries implements CemeteryQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'cemetery', id);
  }

  async cemetery(id: string): Promise<CemeteryView | null> {
    const [r] = await this.uow.manager().query(`SELECT id, name, kind, division_code FROM cemetery WHERE id = $1`, [id]);
    return r ? { id: r.id, name: r.name, kind: r.kind, divisionCode: r.division_code } : null;
  }

  async cemeteries(filter: { kind?: string; divisionCode?: string }, page: PageQuery): Promise<{ items: CemeteryView[]; total: number }> {
    // A cemetery serves its whole district: a division filter selects the district it lies in.
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'district_code', prefix: districtOf(filter.divisionCode) } : undefined);
    if (filter.kind) where.add('kind = ?', filter.kind);
    const { rows, total } = await pageQuery<{ id: string; name: string; kind: string; division_code: string }>(
      this.uow.manager(),
      { columns: 'id, name, kind, division_code', from: 'cemetery', where, order: 'name, id' },
      page,
    );
    return { items: rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, divisionCode: r.division_code })), total };
  }

  async zones(cemeteryId: string): Promise<ZoneView[]> {
    const rows = await this.uow
      .manager()
      .query(
        `SELECT id, code, opened_on::text, burial_type, max_plot_area_m2::text, opening_document FROM cemetery_zone WHERE cemetery_id = $1 ORDER BY code`,
        [cemeteryId],
      );
    return rows.map(
      (z: { id: string; code: string; opened_on: string; burial_type: string; max_plot_area_m2: string | null; opening_document: string | null }) => ({
        id: z.id,
        code: z.code,
        openedOn: z.opened_on,
        burialType: z.burial_type,
        maxPlotAreaM2: z.max_plot_area_m2 === null ? null : Number(z.max_plot_area_m2).toFixed(2),
        openingDocument: z.opening_document,
      }),
    );
  }

  async plot(id: string): Promise<PlotView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${PLOT_COLUMNS} FROM plot p JOIN cemetery_zone z ON z.id = p.zone_id WHERE p.id = $1`, [id]);
    return row ? toPlotView(row) : null;
  }

  async plots(filter: { cemeteryId: string; zoneId?: string; status?: string }, page: PageQuery): Promise<{ items: PlotView[]; total: number }> {
    const where = districtFilter('c.district_code').add('z.cemetery_id = ?', filter.cemeteryId);
    if (filter.zoneId) where.add('p.zone_id = ?', filter.zoneId);
    if (filter.status) where.add('p.status = ?', filter.status);
    const { rows, total } = await pageQuery<PlotRow>(
      this.uow.manager(),
      {
        columns: PLOT_COLUMNS,
        from: 'plot p JOIN cemetery_zone z ON z.id = p.zone_id JOIN cemetery c ON c.id = z.cemetery_id',
        where,
        order: 'z.code, p.number',
      },
      page,
    );
    return { items: rows.map(toPlotView), total };
  }

  async ecoClaims(filter: { status?: string; divisionCode?: string }, page: PageQuery): Promise<{ items: EcoClaimView[]; total: number }> {
    const where = districtFilter('c.district_code', filter.divisionCode ? { column: 'c.division_code', prefix: filter.divisionCode } : undefined);
    if (filter.status) where.add('e.status = ?', filter.status);
    const { rows, total } = await pageQuery<Record<string, string | null>>(
      this.uow.manager(),
      {
        columns: `e.plot_id, e.death_record_id, e.amount_fen, e.applicant_name, e.applicant_citizen_id, e.status, e.applied_on::text, e.paid_on::text, e.payment_reference`,
        from: 'eco_subsidy_claim e JOIN plot p ON p.id = e.plot_id JOIN cemetery_zone z ON z.id = p.zone_id JOIN cemetery c ON c.id = z.cemetery_id',
        where,
        order: 'e.applied_on, e.plot_id',
      },
      page,
    );
    return {
      items: rows.map((r) => ({
        plotId: r.plot_id!,
        deathRecordId: r.death_record_id!,
        amount: Money.ofFen(Number(r.amount_fen)).toString(),
        applicantName: r.applicant_name!,
        applicantCitizenId: r.applicant_citizen_id!,
        status: r.status!,
        appliedOn: r.applied_on!,
        paidOn: r.paid_on,
        paymentReference: r.payment_reference,
      })),
      total,
    };
  }

  async expiring(until: string, filter: { divisionCode?: string }, page: PageQuery): Promise<{ items: ExpiringPlotView[]; total: number }> {
    const where = districtFilter('c.district_code', filter.divisionCode ? { column: 'c.division_code', prefix: filter.divisionCode } : undefined);
    where.add('p.use_term_ends_on <= ?::date', until);
    where.add(`p.status = 'assigned'`);
    const { rows, total } = await pageQuery<Record<string, string>>(
      this.uow.manager(),
      {
        columns: `p.id, c.id AS cemetery_id, c.name AS cemetery_name, z.code AS zone_code, p.number, p.death_record_id, p.use_term_ends_on::text`,
        from: 'plot p JOIN cemetery_zone z ON z.id = p.zone_id JOIN cemetery c ON c.id = z.cemetery_id',
        where,
        order: 'p.use_term_ends_on, p.id',
      },
      page,
    );
    return {
      items: rows.map((r) => ({
        plotId: r.id,
        cemeteryId: r.cemetery_id,
        cemeteryName: r.cemetery_name,
        zoneCode: r.zone_code,
        number: r.number,
        deathRecordId: r.death_record_id,
        useTermEndsOn: r.use_term_ends_on,
      })),
      total,
    };
  }
}

function toPlotView(p: PlotRow): PlotView {
  return {
    id: p.id,
    zoneId: p.zone_id,
    zoneCode: p.zone_code,
    number: p.number,
    areaM2: Number(p.area_m2).toFixed(2),
    status: p.status,
    deathRecordId: p.death_record_id,
    assignedOn: p.assigned_on,
    ecoSubsidy: p.eco_subsidy_fen === null ? null : Money.ofFen(Number(p.eco_subsidy_fen)).toString(),
    useTermEndsOn: p.use_term_ends_on,
    capacity: p.capacity,
    companionDeathRecordId: p.companion_death_record_id,
  };
}

/** Adapter of PLOT_DIVISIONS: a plot lies in its cemetery's division. */
@Injectable()
export class SqlPlotDivisions implements RecordDivisions {
  constructor(private readonly uow: UnitOfWork) {}

  async divisionOf(id: string): Promise<string | undefined> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT c.division_code FROM plot p JOIN cemetery_zone z ON z.id = p.zone_id JOIN cemetery c ON c.id = z.cemetery_id WHERE p.id = $1`, [id]);
    return row?.division_code;
  }
}
