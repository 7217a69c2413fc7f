import { BusinessDate, districtOf, Money } from '@civic/domain-kernel';
import { translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { BurialRule, BurialType } from '../domain/burial-rules';
import { Cemetery, CemeteryChange, zoneExists } from '../domain/cemetery';
import { CemeteryRepository, PlotZone } from '../domain/cemetery.repository';
import { EcoSubsidyClaim, ecoClaimExists } from '../domain/eco-subsidy-claim';
import { deceasedHasPlot, Plot, plotNumberExists } from '../domain/plot';

interface CemeteryRow {
  id: string;
  name: string;
  kind: string;
  division_code: string;
  zones: { id: string; code: string; opened_on: string; burial_type: BurialType; max_plot_area_m2: string | null; opening_document: string | null }[];
}

interface PlotRow {
  id: string;
  zone_id: string;
  number: string;
  area_m2: string;
  status: 'available' | 'assigned';
  death_record_id: string | null;
  assigned_on: string | null;
  eco_subsidy_fen: string | null;
  use_term_ends_on: string | null;
  capacity: 1 | 2;
  companion_death_record_id: string | null;
  companion_assigned_on: string | null;
  cemetery_id: string;
  zone_code: string;
  burial_type: BurialType;
}

/** Adapter: `cemetery`, `cemetery_zone`, `plot` (one per deceased: `plot_one_per_deceased`), `burial_rule`, `eco_subsidy_rate`. */
@Injectable()
export class SqlCemeteryRepository implements CemeteryRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async burialRule(): Promise<BurialRule> {
    const [r] = await this.uow
      .manager()
      .query(`SELECT small_plot_zones_from::text, max_plot_area_m2, use_term_years, use_term_burial_types FROM burial_rule WHERE id = 1`);
    return {
      smallPlotZonesFrom: BusinessDate.parse(r.small_plot_zones_from),
      maxPlotAreaM2: Number(r.max_plot_area_m2),
      useTermYears: r.use_term_years,
      useTermBurialTypes: r.use_term_burial_types,
    };
  }

  async ecoSubsidyRate(burialType: BurialType): Promise<Money | null> {
    const [r] = await this.uow.manager().query(`SELECT amount_fen FROM eco_subsidy_rate WHERE burial_type = $1`, [burialType]);
    return r ? Money.ofFen(Number(r.amount_fen)) : null;
  }

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<Cemetery | null> {
    const [row]: CemeteryRow[] = await this.uow.manager().query(
      `SELECT c.id, c.name, c.kind, c.division_code,
              COALESCE((SELECT json_agg(json_build_object('id', z.id, 'code', z.code, 'opened_on', z.opened_on::text, 'burial_type', z.burial_type,
                                                          'max_plot_area_m2', z.max_plot_area_m2::text, 'opening_document', z.opening_document) ORDER BY z.code)
                        FROM cemetery_zone z WHERE z.cemetery_id = c.id), '[]') AS zones
       FROM cemetery c WHERE c.id = $1${options.forUpdate ? ' FOR UPDATE OF c' : ''}`,
      [id],
    );
    if (!row) return null;
    return Cemetery.restore({
      id: row.id,
      name: row.name,
      kind: row.kind,
      divisionCode: row.division_code,
      zones: row.zones.map((z) => ({
        id: z.id,
        code: z.code,
        openedOn: BusinessDate.parse(z.opened_on),
        burialType: z.burial_type,
        maxPlotAreaM2: z.max_plot_area_m2 === null ? null : Number(z.max_plot_area_m2),
        openingDocument: z.opening_document,
      })),
    });
  }

  async save(cemetery: Cemetery, changes: CemeteryChange[]): Promise<void> {
    const s = cemetery.snapshot();
    const tx = this.uow.transaction();
    for (const change of changes) {
      if (change.kind === 'registered') {
        await tx.query(`INSERT INTO cemetery (id, name, kind, division_code, district_code, version) VALUES ($1, $2, $3, $4, $5, 1)`, [
          s.id,
          s.name,
          s.kind,
          s.divisionCode,
          districtOf(s.divisionCode),
        ]);
      } else {
        const z = change.zone;
        await translatingConstraints(
          () =>
            tx.query(
              `INSERT INTO cemetery_zone (id, cemetery_id, code, opened_on, burial_type, max_plot_area_m2, opening_document) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
              [z.id, s.id, z.code, z.openedOn.toString(), z.burialType, z.maxPlotAreaM2, z.openingDocument],
            ),
          { cemetery_zone_cemetery_id_code_key: () => zoneExists(z.code) },
        );
      }
    }
  }

  async findPlot(id: string): Promise<{ plot: Plot; zone: PlotZone } | null> {
    const [r]: PlotRow[] = await this.uow.manager().query(
      `SELECT p.id, p.zone_id, p.number, p.area_m2::text, p.status, p.death_record_id, p.assigned_on::text, p.eco_subsidy_fen, p.use_term_ends_on::text, p.capacity, p.companion_death_record_id, p.companion_assigned_on::text, z.cemetery_id, z.code AS zone_code, z.burial_type
       FROM plot p JOIN cemetery_zone z ON z.id = p.zone_id WHERE p.id = $1 FOR UPDATE OF p`,
      [id],
    );
    if (!r) return null;
    const plot = Plot.restore({
      id: r.id,
      zoneId: r.zone_id,
      number: r.number,
      areaM2: Number(r.area_m2),
      status: r.status,
      deathRecordId: r.death_record_id,
      assignedOn: r.assigned_on ? BusinessDate.parse(r.assigned_on) : null,
      ecoSubsidy: r.eco_subsidy_fen === null ? null : Money.ofFen(Number(r.eco_subsidy_fen)),
      useTermEndsOn: r.use_term_ends_on ? BusinessDate.parse(r.use_term_ends_on) : null,
      capacity: r.capacity,
      companionDeathRecordId: r.companion_death_record_id,
      companionAssignedOn: r.companion_assigned_on ? BusinessDate.parse(r.companion_assigned_on) : null,
    });
    return { plot, zone: { cemeteryId: r.cemetery_id, code: r.zone_code, burialType: r.burial_type } };
  }

  async plotOf(deathRecordId: string): Promise<string | null> {
    const [row] = await this.uow.manager().query(`SELECT id FROM plot WHERE death_record_id = $1 OR companion_death_record_id = $1`, [deathRecordId]);
    return row?.id ?? null;
  }

  async addPlots(plots: Plot[]): Promise<void> {
    const rows = plots.map((p) => p.snapshot()).map((s) => ({ id: s.id, zone_id: s.zoneId, number: s.number, area: s.areaM2, capacity: s.capacity }));
    const inserted = await this.uow.transaction().query(
      `INSERT INTO plot (id, zone_id, number, area_m2, status, capacity)
       SELECT p.id, p.zone_id, p.number, p.area, 'available', p.capacity FROM jsonb_to_recordset($1::jsonb) AS p(id uuid, zone_id uuid, number text, area numeric, capacity smallint)
       ON CONFLICT (zone_id, number) DO NOTHING RETURNING id`,
      [JSON.stringify(rows)],
    );
    if (inserted.length !== plots.length) throw plotNumberExists();
  }

  async savePlot(plot: Plot): Promise<void> {
    if (!plot.wasAssigned) return;
    const s = plot.snapshot();
    await translatingConstraints(
      () =>
        this.uow.transaction().query(
          `UPDATE plot SET status = $2, death_record_id = $3, assigned_on = $4, eco_subsidy_fen = $5, use_term_ends_on = $6, companion_death_record_id = $7,
                    companion_assigned_on = $8 WHERE id = $1`,
          [
            s.id,
            s.status,
            s.deathRecordId,
            s.assignedOn?.toString() ?? null,
            s.ecoSubsidy?.fen ?? null,
            s.useTermEndsOn?.toString() ?? null,
            s.companionDeathRecordId,
            s.companionAssignedOn?.toString() ?? null,
          ],
        ),
      { plot_one_per_deceased: () => deceasedHasPlot(), plot_one_per_companion: () => deceasedHasPlot() },
    );
  }

  async ecoClaim(plotId: string): Promise<EcoSubsidyClaim | null> {
    const [r] = await this.uow.transaction().query(
      `SELECT plot_id, death_record_id, amount_fen, applicant_name, applicant_citizen_id, status, applied_on::text, paid_on::text, payment_reference
       FROM eco_subsidy_claim WHERE plot_id = $1 FOR UPDATE`,
      [plotId],
    );
    return r
      ? EcoSubsidyClaim.restore({
          plotId: r.plot_id,
          deathRecordId: r.death_record_id,
          amount: Money.ofFen(Number(r.amount_fen)),
          applicantName: r.applicant_name,
          applicantCitizenId: r.applicant_citizen_id,
          status: r.status,
          appliedOn: BusinessDate.parse(r.applied_on),
          paidOn: r.paid_on ? BusinessDate.parse(r.paid_on) : null,
          paymentReference: r.payment_reference,
        })
      : null;
  }

  async saveEcoClaim(claim: EcoSubsidyClaim, isNew: boolean): Promise<void> {
    const s = claim.snapshot();
    const tx = this.uow.transaction();
    if (isNew) {
      await translatingConstraints(
        () =>
          tx.query(
            `INSERT INTO eco_subsidy_claim (plot_id, death_record_id, amount_fen, applicant_name, applicant_citizen_id, status, applied_on) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [s.plotId, s.deathRecordId, s.amount.fen, s.applicantName, s.applicantCitizenId, s.status, s.appliedOn.toString()],
          ),
        { eco_subsidy_claim_pkey: ecoClaimExists },
      );
      return;
    }
    await tx.query(`UPDATE eco_subsidy_claim SET status = $2, paid_on = $3, payment_reference = $4 WHERE plot_id = $1`, [
      s.plotId,
      s.status,
      s.paidOn?.toString() ?? null,
      s.paymentReference,
    ]);
  }
}
