import { PlotAssigned } from '@civic/contracts';
import { BusinessDate, Clock, DomainError } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { assertDistrictInScope, CLOCK, EventPublisher } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DEATH_RECORD_REPOSITORY, DeathRecordRepository } from '../../death-record/domain/death-record.repository';
import { checkPlotArea, zonePlotLimit } from '../domain/burial-rules';
import { CemeteryRow, CemeteryStore, PlotRow, ZoneRow } from '../persistence/cemetery.store';

/** Cemeteries (公墓), zones (墓区) opened under the burial rule, plots (墓穴) and their assignment. */
@Injectable()
export class CemeteryCommands {
  constructor(
    private readonly store: CemeteryStore,
    @Inject(DEATH_RECORD_REPOSITORY) private readonly deaths: DeathRecordRepository,
    private readonly divisions: DivisionDirectory,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(input: { name: string; kind: string; divisionCode: string }): Promise<CemeteryRow> {
    assertDistrictInScope(input.divisionCode);
    await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const id = randomUUID();
    await this.store.insertCemetery({ id, ...input });
    return (await this.store.find(id))!;
  }

  /** A zone takes the area limit of the rule in force when it opens; older zones keep none. */
  async openZone(cemeteryId: string, input: { code: string; openedOn: string; burialType: string }): Promise<ZoneRow> {
    await this.cemetery(cemeteryId);
    const openedOn = BusinessDate.parse(input.openedOn, 'openedOn');
    const id = randomUUID();
    try {
      await this.store.insertZone({
        id,
        cemeteryId,
        code: input.code,
        openedOn: openedOn.toString(),
        burialType: input.burialType,
        maxPlotAreaM2: zonePlotLimit(openedOn, await this.store.rule()),
      });
    } catch (error) {
      if ((error as { constraint?: string }).constraint === 'cemetery_zone_cemetery_id_code_key')
        throw new DomainError('ZONE.EXISTS', `zone ${input.code} already exists in the cemetery`, 'conflict', 'code');
      throw error;
    }
    return (await this.store.zone(cemeteryId, id))!;
  }

  async addPlots(cemeteryId: string, zoneId: string, plots: { number: string; areaM2: number }[]): Promise<number> {
    const zone = await this.store.zone(cemeteryId, zoneId);
    if (!zone) throw new DomainError('ZONE.NOT_FOUND', `no zone ${zoneId} in cemetery ${cemeteryId}`, 'not-found');
    const limit = zone.max_plot_area_m2 === null ? null : Number(zone.max_plot_area_m2);
    const checked = plots.map((p, i) => ({ id: randomUUID(), number: p.number, areaM2: checkPlotArea(p.areaM2, limit, `plots[${i}].areaM2`) }));
    if (new Set(checked.map((p) => p.number)).size !== checked.length)
      throw new DomainError('PLOT.NUMBER_REPEATED', 'a plot number appears twice', 'invalid', 'plots');
    if (!(await this.store.insertPlots(zoneId, checked)))
      throw new DomainError('PLOT.NUMBER_EXISTS', 'a plot with one of these numbers already exists in the zone', 'conflict', 'plots');
    return checked.length;
  }

  /** 安葬: a plot goes to one deceased person, once; a deceased person has one plot. */
  async assignPlot(plotId: string, input: { deathRecordId: string }): Promise<PlotRow> {
    const plot = await this.store.plot(plotId);
    if (!plot) throw new DomainError('PLOT.NOT_FOUND', `no plot ${plotId}`, 'not-found');
    const death = await this.deaths.find(input.deathRecordId);
    if (!death) throw new DomainError('DEATH.UNKNOWN', `deathRecordId ${input.deathRecordId} is not a registered death`, 'invalid', 'deathRecordId');
    if (plot.status !== 'available') throw new DomainError('PLOT.ALREADY_ASSIGNED', `plot ${plot.number} is already assigned`, 'conflict');
    const existing = await this.store.plotOf(input.deathRecordId);
    if (existing) throw new DomainError('PLOT.DECEASED_HAS_PLOT', `the deceased already has plot ${existing}`, 'conflict', 'deathRecordId');
    const today = BusinessDate.today(this.clock).toString();
    if (!(await this.store.assignPlot(plotId, input.deathRecordId, today)))
      throw new DomainError('PLOT.ALREADY_ASSIGNED', `plot ${plot.number} is already assigned`, 'conflict');
    const assigned = (await this.store.plot(plotId))!;
    await this.events.publish([
      {
        contract: PlotAssigned,
        subject: plotId,
        data: {
          plotId,
          cemeteryId: assigned.cemetery_id,
          zoneCode: assigned.zone_code,
          plotNumber: assigned.number,
          areaM2: Number(assigned.area_m2).toFixed(2),
          deceasedCitizenId: death.snapshot().citizenId.value,
          assignedOn: today,
        },
      },
    ]);
    return assigned;
  }

  private async cemetery(id: string): Promise<CemeteryRow> {
    const cemetery = await this.store.find(id);
    if (!cemetery) throw new DomainError('CEMETERY.NOT_FOUND', `no cemetery ${id}`, 'not-found');
    return cemetery;
  }
}
