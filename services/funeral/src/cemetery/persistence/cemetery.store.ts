import { BusinessDate } from '@civic/domain-kernel';
import { PageQuery, pageQuery, queryReturning, SqlWhere, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { BurialRule } from '../domain/burial-rules';

export interface CemeteryRow {
  id: string;
  name: string;
  kind: string;
  division_code: string;
  version: number;
}
export interface ZoneRow {
  id: string;
  cemetery_id: string;
  code: string;
  opened_on: string;
  burial_type: string;
  max_plot_area_m2: string | null;
}
export interface PlotRow {
  id: string;
  zone_id: string;
  zone_code: string;
  cemetery_id: string;
  number: string;
  area_m2: string;
  status: string;
  death_record_id: string | null;
  assigned_on: string | null;
  burial_type: string;
  /** 节地生态安葬补贴 granted with an eco burial. */
  eco_subsidy_fen: string | null;
}

const PLOT_COLUMNS = `p.id, p.zone_id, z.code AS zone_code, z.cemetery_id, z.burial_type, p.number, p.area_m2::text, p.status, p.death_record_id, p.assigned_on::text, p.eco_subsidy_fen`;

/** Adapter: cemeteries, their zones and plots, and the burial rule. */
@Injectable()
export class CemeteryStore {
  constructor(private readonly uow: UnitOfWork) {}

  async rule(): Promise<BurialRule> {
    const [r] = await this.uow.manager().query(`SELECT small_plot_zones_from::text, max_plot_area_m2 FROM burial_rule WHERE id = 1`);
    return { smallPlotZonesFrom: BusinessDate.parse(r.small_plot_zones_from), maxPlotAreaM2: Number(r.max_plot_area_m2) };
  }

  async insertCemetery(c: { id: string; name: string; kind: string; divisionCode: string }): Promise<void> {
    await this.uow
      .transaction()
      .query(`INSERT INTO cemetery (id, name, kind, division_code, district_code, version) VALUES ($1, $2, $3, $4, $5, 1)`, [
        c.id,
        c.name,
        c.kind,
        c.divisionCode,
        c.divisionCode.slice(0, 6),
      ]);
  }

  async find(id: string): Promise<CemeteryRow | null> {
    const [row] = await this.uow.manager().query(`SELECT id, name, kind, division_code, version FROM cemetery WHERE id = $1`, [id]);
    return row ?? null;
  }

  async list(filter: { kind?: string; divisionCode?: string }, page: PageQuery): Promise<{ rows: CemeteryRow[]; total: number }> {
    const where = new SqlWhere();
    if (filter.kind) where.add('kind = ?', filter.kind);
    if (filter.divisionCode) where.add('district_code = ?', filter.divisionCode.slice(0, 6));
    return pageQuery<CemeteryRow>(this.uow.manager(), { columns: 'id, name, kind, division_code, version', from: 'cemetery', where, order: 'name, id' }, page);
  }

  async insertZone(z: { id: string; cemeteryId: string; code: string; openedOn: string; burialType: string; maxPlotAreaM2: number | null }): Promise<void> {
    await this.uow
      .transaction()
      .query(`INSERT INTO cemetery_zone (id, cemetery_id, code, opened_on, burial_type, max_plot_area_m2) VALUES ($1, $2, $3, $4, $5, $6)`, [
        z.id,
        z.cemeteryId,
        z.code,
        z.openedOn,
        z.burialType,
        z.maxPlotAreaM2,
      ]);
  }

  async zone(cemeteryId: string, zoneId: string): Promise<ZoneRow | null> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT id, cemetery_id, code, opened_on::text, burial_type, max_plot_area_m2::text FROM cemetery_zone WHERE id = $1 AND cemetery_id = $2`, [
        zoneId,
        cemeteryId,
      ]);
    return row ?? null;
  }

  async zones(cemeteryId: string): Promise<ZoneRow[]> {
    return this.uow
      .manager()
      .query(`SELECT id, cemetery_id, code, opened_on::text, burial_type, max_plot_area_m2::text FROM cemetery_zone WHERE cemetery_id = $1 ORDER BY code`, [
        cemeteryId,
      ]);
  }

  /** Inserts the plots; false when one of the numbers already exists in the zone (nothing inserted then). */
  async insertPlots(zoneId: string, plots: { id: string; number: string; areaM2: number }[]): Promise<boolean> {
    const rows = await this.uow.transaction().query(
      `INSERT INTO plot (id, zone_id, number, area_m2, status) SELECT p.id, $1, p.number, p.area, 'available' FROM jsonb_to_recordset($2::jsonb) AS p(id uuid, number text, area numeric)
       ON CONFLICT (zone_id, number) DO NOTHING RETURNING id`,
      [zoneId, JSON.stringify(plots.map((p) => ({ id: p.id, number: p.number, area: p.areaM2 })))],
    );
    return rows.length === plots.length;
  }

  async plots(filter: { cemeteryId: string; zoneId?: string; status?: string }, page: PageQuery): Promise<{ rows: PlotRow[]; total: number }> {
    const where = new SqlWhere().add('z.cemetery_id = ?', filter.cemeteryId);
    if (filter.zoneId) where.add('p.zone_id = ?', filter.zoneId);
    if (filter.status) where.add('p.status = ?', filter.status);
    return pageQuery<PlotRow>(
      this.uow.manager(),
      { columns: PLOT_COLUMNS, from: 'plot p JOIN cemetery_zone z ON z.id = p.zone_id', where, order: 'z.code, p.number' },
      page,
    );
  }

  async plot(id: string): Promise<PlotRow | null> {
    const [row] = await this.uow.manager().query(`SELECT ${PLOT_COLUMNS} FROM plot p JOIN cemetery_zone z ON z.id = p.zone_id WHERE p.id = $1`, [id]);
    return row ?? null;
  }

  /** Assigns an available plot; false when it was already assigned (by this request's race or before). */
  async assignPlot(id: string, deathRecordId: string, on: string): Promise<boolean> {
    try {
      const rows = await queryReturning(
        this.uow.transaction(),
        `UPDATE plot SET status = 'assigned', death_record_id = $2, assigned_on = $3,
         eco_subsidy_fen = (SELECT r.amount_fen FROM cemetery_zone z JOIN eco_subsidy_rate r ON r.burial_type = z.burial_type WHERE z.id = plot.zone_id)
       WHERE id = $1 AND status = 'available' RETURNING id`,
        [id, deathRecordId, on],
      );
      return rows.length === 1;
    } catch (error) {
      if ((error as { constraint?: string }).constraint === 'plot_one_per_deceased') return false;
      throw error;
    }
  }

  async plotOf(deathRecordId: string): Promise<string | null> {
    const [row] = await this.uow.manager().query(`SELECT id FROM plot WHERE death_record_id = $1`, [deathRecordId]);
    return row?.id ?? null;
  }
}
