import { BusinessDate, Clock } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { CLOCK, EventPublisher, recordedBy, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Facility, facilityNotFound } from '../domain/facility';
import { FACILITY_REPOSITORY, FacilityRepository } from '../domain/facility.repository';
import { facilityIntegrationEvents } from './facility-integration-events';

export interface FileFacilityCommand {
  name: string;
  kind: string;
  divisionCode: string;
  address: string;
  operatorName: string;
  operatorUscc: string;
  licensedCapacity: number;
  filedOn: string;
}

/**
 * The use cases of a facility: load, ask the aggregate, save with the version read, publish. Each
 * runs in the command's transaction (@Command on the route).
 */
@Injectable()
export class FacilityCommands {
  constructor(
    @Inject(FACILITY_REPOSITORY) private readonly repository: FacilityRepository,
    private readonly divisions: DivisionDirectory,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** 备案: a facility in a division the service knows. */
  async file(input: FileFacilityCommand): Promise<Facility> {
    await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const facility = Facility.file({ ...input, id: randomUUID(), filedOn: BusinessDate.parse(input.filedOn, 'filedOn') }, this.today());
    await this.commit(facility, null);
    return facility;
  }

  async grade(id: string, input: { stars: number; gradedOn: string }, ifMatch?: number): Promise<Facility> {
    return this.change(id, ifMatch, (f) => f.grade(input.stars, BusinessDate.parse(input.gradedOn, 'gradedOn'), this.today()));
  }

  async reviseCapacity(id: string, input: { licensedCapacity: number }, ifMatch?: number): Promise<Facility> {
    return this.change(id, ifMatch, (f) => f.reviseCapacity(input.licensedCapacity));
  }

  async moveCredit(id: string, input: { delta: number; reason: string }, ifMatch?: number): Promise<Facility> {
    return this.change(id, ifMatch, (f) => f.moveCredit(input.delta, input.reason, this.today()));
  }

  async revokeFiling(id: string, input: { reason: string; revokedOn: string }, ifMatch?: number): Promise<Facility> {
    return this.change(id, ifMatch, (f) => f.revokeFiling(input.reason, BusinessDate.parse(input.revokedOn, 'revokedOn'), this.today()));
  }

  private async change(id: string, ifMatch: number | undefined, act: (facility: Facility) => void): Promise<Facility> {
    const facility = await this.repository.find(id, { forUpdate: true });
    if (!facility) throw facilityNotFound(id);
    if (ifMatch !== undefined && ifMatch !== facility.version) throw new StaleVersionError(facility.version);
    const expected = facility.version;
    act(facility);
    await this.commit(facility, expected);
    return facility;
  }

  private async commit(facility: Facility, expectedVersion: number | null): Promise<void> {
    const changes = facility.pullChanges();
    await this.repository.save(facility, expectedVersion, changes, recordedBy());
    await this.events.publish(facilityIntegrationEvents(facility, changes));
  }

  private today(): BusinessDate {
    return BusinessDate.today(this.clock);
  }
}
