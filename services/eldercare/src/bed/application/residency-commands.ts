import { BusinessDate, CitizenId, Clock } from '@civic/domain-kernel';
import { CLOCK, EventPublisher, StaleVersionError } from '@civic/platform';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Bed } from '../domain/bed';
import { BED_REPOSITORY, BedRepository } from '../domain/bed.repository';
import { admissionAllowed, bedNotFound, bedOccupied, elderAlreadyInBed, residencyNotFound } from '../domain/bed-rules';
import { Residency } from '../domain/residency';
import { BED_VACANCY_LISTENER, BedVacancyListener } from './bed-vacancy';
import { residencyIntegrationEvents } from './placement-integration-events';

export interface AdmitCommand {
  citizenId: string;
  name: string;
  admittedOn: string;
}

/**
 * 入住, 转床, 离院: admissions, transfers and discharges. A discharge frees the bed in the same
 * transaction and tells the waiting list, which offers a basic-guarantee bed to the next elder.
 */
@Injectable()
export class ResidencyCommands {
  constructor(
    @Inject(BED_REPOSITORY) private readonly beds: BedRepository,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(BED_VACANCY_LISTENER) private readonly vacancies?: BedVacancyListener,
  ) {}

  /** Direct admission (general, cognitive-impairment and family care beds); basic-guarantee beds come through an accepted offer. */
  async admit(bedId: string, input: AdmitCommand, offerId: string | null = null): Promise<Residency> {
    // The bed row is locked first, so two admissions into one bed queue; the unique indexes stay the last guard.
    const bed = await this.beds.find(bedId, { forUpdate: true });
    if (!bed || !bed.inService) throw bedNotFound(bedId);
    admissionAllowed(bed.kind, offerId !== null);
    const citizenId = CitizenId.parse(input.citizenId, 'citizenId', this.clock);
    if (await this.beds.residentOf(bedId)) throw bedOccupied();
    if (await this.beds.residencyOfElder(citizenId.value)) throw elderAlreadyInBed();
    const b = bed.snapshot();
    const residency = Residency.admit(
      {
        id: randomUUID(),
        bedId,
        facilityId: b.facilityId,
        divisionCode: b.divisionCode,
        citizenId,
        name: input.name,
        admittedOn: BusinessDate.parse(input.admittedOn, 'admittedOn'),
        offerId,
      },
      this.today(),
    );
    await this.commit(residency, bed, null);
    return residency;
  }

  async discharge(id: string, input: { dischargedOn: string; reason: string }, ifMatch?: number): Promise<Residency> {
    const residency = await this.load(id, ifMatch);
    return this.dischargeLoaded(residency, BusinessDate.parse(input.dischargedOn, 'dischargedOn'), input.reason);
  }

  /** 转床: out of one bed and into another on the same day, in one transaction. */
  async transfer(id: string, input: { toBedId: string; transferredOn: string }, ifMatch?: number): Promise<Residency> {
    const residency = await this.load(id, ifMatch);
    const on = BusinessDate.parse(input.transferredOn, 'transferredOn');
    const s = residency.snapshot();
    const target = await this.beds.find(input.toBedId, { forUpdate: true });
    if (!target || !target.inService) throw bedNotFound(input.toBedId);
    // A transfer keeps the waiting list's allotment: into a basic-guarantee bed only from one.
    admissionAllowed(target.kind, s.offerId !== null);
    await this.dischargeLoaded(residency, on, 'transferred');
    return this.admit(input.toBedId, { citizenId: s.citizenId.value, name: s.name, admittedOn: on.toString() }, s.offerId);
  }

  /** 死亡: a resident's death (from funeral's registration) discharges them as deceased; nothing when not resident. */
  async dischargeDeceased(citizenId: string, dateOfDeath: BusinessDate): Promise<Residency | null> {
    const residency = await this.beds.residencyOfElder(citizenId, { forUpdate: true });
    if (!residency) return null;
    // A death registered late may predate the admission record's last day: never before admission.
    const admitted = residency.snapshot().admittedOn;
    return this.dischargeLoaded(residency, dateOfDeath.isBefore(admitted) ? admitted : dateOfDeath, 'deceased');
  }

  private async dischargeLoaded(residency: Residency, on: BusinessDate, reason: string): Promise<Residency> {
    const expected = residency.version;
    residency.discharge(on, reason, this.today());
    const bed = (await this.beds.find(residency.bedId, { forUpdate: true }))!;
    await this.commit(residency, bed, expected);
    await this.vacancies?.bedVacated({ ...bed.snapshot() }, on);
    return residency;
  }

  private async load(id: string, ifMatch: number | undefined): Promise<Residency> {
    const residency = await this.beds.findResidency(id, { forUpdate: true });
    if (!residency) throw residencyNotFound(id);
    if (ifMatch !== undefined && ifMatch !== residency.version) throw new StaleVersionError(residency.version);
    return residency;
  }

  private async commit(residency: Residency, bed: Bed, expectedVersion: number | null): Promise<void> {
    const changes = residency.pullChanges();
    await this.beds.saveResidency(residency, expectedVersion);
    await this.events.publish(residencyIntegrationEvents(residency, bed, changes));
  }

  private today(): BusinessDate {
    return BusinessDate.today(this.clock);
  }
}
