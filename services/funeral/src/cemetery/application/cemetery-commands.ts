import { BusinessDate, CitizenId, Clock, DomainError } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { CLOCK, EventPublisher } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { useTermEnd } from '../domain/burial-rules';
import { ecoClaimExists, ecoClaimNotFound, EcoSubsidyClaim } from '../domain/eco-subsidy-claim';
import { DEATH_RECORD_REPOSITORY, DeathRecordRepository } from '../../death-record/domain/death-record.repository';
import { BurialType } from '../domain/burial-rules';
import { Cemetery, cemeteryNotFound, Zone } from '../domain/cemetery';
import { CEMETERY_REPOSITORY, CemeteryRepository, PlotZone } from '../domain/cemetery.repository';
import { deceasedHasPlot, Plot, plotNotFound } from '../domain/plot';
import { plotAssignedEvent } from './cemetery-integration-events';

/** Cemeteries (公墓), zones (墓区) opened under the burial rule, plots (墓穴) and their assignment. */
@Injectable()
export class CemeteryCommands {
  constructor(
    @Inject(CEMETERY_REPOSITORY) private readonly cemeteries: CemeteryRepository,
    @Inject(DEATH_RECORD_REPOSITORY) private readonly deaths: DeathRecordRepository,
    private readonly divisions: DivisionDirectory,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(input: { name: string; kind: string; divisionCode: string }): Promise<Cemetery> {
    await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const cemetery = Cemetery.register({ id: randomUUID(), ...input });
    await this.cemeteries.save(cemetery, cemetery.pullChanges());
    return cemetery;
  }

  async openZone(cemeteryId: string, input: { code: string; openedOn?: string | null; burialType: string }): Promise<Zone> {
    const cemetery = await this.cemetery(cemeteryId);
    const zone = cemetery.openZone(
      {
        id: randomUUID(),
        code: input.code,
        burialType: input.burialType as BurialType,
        openedOn: input.openedOn ? BusinessDate.parse(input.openedOn, 'openedOn') : undefined,
      },
      await this.cemeteries.burialRule(),
      BusinessDate.today(this.clock),
    );
    await this.cemeteries.save(cemetery, cemetery.pullChanges());
    return zone;
  }

  async recordExistingZone(cemeteryId: string, input: { code: string; openedOn: string; burialType: string; openingDocument: string }): Promise<Zone> {
    const cemetery = await this.cemetery(cemeteryId);
    const zone = cemetery.recordExistingZone(
      {
        id: randomUUID(),
        code: input.code,
        burialType: input.burialType as BurialType,
        openedOn: BusinessDate.parse(input.openedOn, 'openedOn'),
        openingDocument: input.openingDocument,
      },
      await this.cemeteries.burialRule(),
      BusinessDate.today(this.clock),
    );
    await this.cemeteries.save(cemetery, cemetery.pullChanges());
    return zone;
  }

  async addPlots(cemeteryId: string, zoneId: string, plots: { number: string; areaM2: number; double?: boolean }[]): Promise<number> {
    const zone = (await this.cemetery(cemeteryId)).zone(zoneId);
    if (!zone) throw new DomainError('ZONE.NOT_FOUND', `no zone ${zoneId} in cemetery ${cemeteryId}`, 'not-found');
    const added = Plot.addTo(
      zone,
      plots.map((p) => ({ id: randomUUID(), ...p })),
    );
    await this.cemeteries.addPlots(added);
    return added.length;
  }

  /**
   * 安葬: a plot goes to one deceased person, once; a deceased person has one plot. A double grave
   * already holding one takes the spouse (合葬, `relationToFirst`).
   */
  async assignPlot(plotId: string, input: { deathRecordId: string; relationToFirst?: string }): Promise<{ plot: Plot; zone: PlotZone }> {
    const found = await this.cemeteries.findPlot(plotId);
    if (!found) throw plotNotFound(plotId);
    const death = await this.deaths.find(input.deathRecordId);
    if (!death) throw new DomainError('DEATH.UNKNOWN', `deathRecordId ${input.deathRecordId} is not a registered death`, 'invalid', 'deathRecordId');
    const { plot, zone } = found;
    const today = BusinessDate.today(this.clock);
    if (plot.snapshot().status === 'assigned' && input.relationToFirst !== undefined) plot.addCompanion(input.deathRecordId, today, input.relationToFirst);
    else {
      const rule = await this.cemeteries.burialRule();
      plot.assignTo(input.deathRecordId, today, await this.cemeteries.ecoSubsidyRate(zone.burialType), useTermEnd(zone.burialType, today, rule));
    }
    const existing = await this.cemeteries.plotOf(input.deathRecordId);
    if (existing) throw deceasedHasPlot(existing);
    await this.cemeteries.savePlot(plot);
    await this.events.publish([plotAssignedEvent(plot, zone, death.snapshot().citizenId.value, today)]);
    return found;
  }

  /** 节地生态安葬补贴: the family applies for the subsidy the eco burial carries. */
  async claimEcoSubsidy(plotId: string, input: { applicantName: string; applicantCitizenId: string }): Promise<EcoSubsidyClaim> {
    const found = await this.cemeteries.findPlot(plotId);
    if (!found) throw plotNotFound(plotId);
    if (await this.cemeteries.ecoClaim(plotId)) throw ecoClaimExists();
    const applicant = { name: input.applicantName, citizenId: CitizenId.parse(input.applicantCitizenId, 'applicantCitizenId', this.clock) };
    const claim = EcoSubsidyClaim.apply(found.plot.snapshot(), applicant, BusinessDate.today(this.clock));
    await this.cemeteries.saveEcoClaim(claim, true);
    return claim;
  }

  /** The district paid the subsidy: recorded with the payment's reference, once. */
  async payEcoSubsidy(plotId: string, paymentReference: string): Promise<EcoSubsidyClaim> {
    const claim = await this.cemeteries.ecoClaim(plotId);
    if (!claim) throw ecoClaimNotFound(plotId);
    claim.pay(paymentReference, BusinessDate.today(this.clock));
    await this.cemeteries.saveEcoClaim(claim, false);
    return claim;
  }

  private async cemetery(id: string): Promise<Cemetery> {
    const cemetery = await this.cemeteries.find(id, { forUpdate: true });
    if (!cemetery) throw cemeteryNotFound(id);
    return cemetery;
  }
}
