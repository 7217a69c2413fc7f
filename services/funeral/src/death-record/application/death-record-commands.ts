import { BusinessDate, CitizenId, Clock } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { CLOCK, EventPublisher, recordedBy, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DeathRecord, deathAlreadyRegistered, deathRecordNotFound } from '../domain/death-record';
import { DEATH_RECORD_REPOSITORY, DeathRecordRepository } from '../domain/death-record.repository';
import { deathRecordIntegrationEvents } from './death-record-integration-events';

export interface RegisterDeathInput {
  citizenId: string;
  name: string;
  dateOfDeath: string;
  placeOfDeath: string;
  divisionCode: string;
  funeralHome: string;
  certificateNo: string;
}

export interface CorrectionInput {
  name?: string;
  dateOfDeath?: string;
  placeOfDeath?: string;
  divisionCode?: string;
  funeralHome?: string;
  certificateNo?: string;
  reason: string;
}

/** 死亡登记 and 火化: the death goes out to every context that acts on it. Each runs in the command transaction. */
@Injectable()
export class DeathRecordCommands {
  constructor(
    @Inject(DEATH_RECORD_REPOSITORY) private readonly records: DeathRecordRepository,
    private readonly divisions: DivisionDirectory,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(input: RegisterDeathInput): Promise<DeathRecord> {
    await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const citizenId = CitizenId.parse(input.citizenId, 'citizenId', this.clock);
    if (await this.records.isRegistered(citizenId.value)) throw deathAlreadyRegistered();
    const record = DeathRecord.register(
      { ...input, id: randomUUID(), citizenId, dateOfDeath: BusinessDate.parse(input.dateOfDeath, 'dateOfDeath') },
      BusinessDate.today(this.clock),
    );
    await this.commit(record, null);
    return record;
  }

  async cremate(id: string, input: { crematedOn: string; funeralHome: string; certificateNo: string }, ifMatch?: number): Promise<DeathRecord> {
    const record = await this.load(id, ifMatch);
    const expected = record.version;
    record.cremate(
      { crematedOn: BusinessDate.parse(input.crematedOn, 'crematedOn'), funeralHome: input.funeralHome, certificateNo: input.certificateNo },
      BusinessDate.today(this.clock),
    );
    await this.commit(record, expected);
    return record;
  }

  async correct(id: string, input: CorrectionInput, ifMatch?: number): Promise<DeathRecord> {
    const record = await this.load(id, ifMatch);
    const expected = record.version;
    if (input.divisionCode !== undefined) await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const { reason, dateOfDeath, ...rest } = input;
    record.correct(
      { ...rest, ...(dateOfDeath ? { dateOfDeath: BusinessDate.parse(dateOfDeath, 'dateOfDeath') } : {}) },
      reason,
      recordedBy(),
      BusinessDate.today(this.clock),
    );
    await this.commit(record, expected);
    return record;
  }

  async revoke(id: string, reason: string, ifMatch?: number): Promise<DeathRecord> {
    const record = await this.load(id, ifMatch);
    const expected = record.version;
    record.revoke(reason, recordedBy(), BusinessDate.today(this.clock));
    await this.commit(record, expected);
    return record;
  }

  private async load(id: string, ifMatch: number | undefined): Promise<DeathRecord> {
    const record = await this.records.find(id, { forUpdate: true });
    if (!record) throw deathRecordNotFound(id);
    if (ifMatch !== undefined && ifMatch !== record.version) throw new StaleVersionError(record.version);
    return record;
  }

  private async commit(record: DeathRecord, expectedVersion: number | null): Promise<void> {
    const changes = record.pullChanges();
    await this.records.save(record, expectedVersion);
    await this.events.publish(deathRecordIntegrationEvents(record, changes));
  }
}
