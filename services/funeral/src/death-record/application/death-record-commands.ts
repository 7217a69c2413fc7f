import { CremationCompleted, DeathRegistered } from '@civic/contracts';
import { BusinessDate, CitizenId, Clock, DomainError } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { assertDistrictInScope, CLOCK, EventPublisher, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DeathRecord } from '../domain/death-record';
import { alreadyRegistered, DeathRecordStore } from '../persistence/death-record.store';

export interface RegisterDeathInput {
  citizenId: string;
  name: string;
  dateOfDeath: string;
  placeOfDeath: string;
  divisionCode: string;
  funeralHome: string;
  certificateNo: string;
}

/** 死亡登记 and 火化: the death goes out to every context that acts on it. */
@Injectable()
export class DeathRecordCommands {
  constructor(
    private readonly store: DeathRecordStore,
    private readonly divisions: DivisionDirectory,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(input: RegisterDeathInput): Promise<DeathRecord> {
    assertDistrictInScope(input.divisionCode);
    await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const citizenId = CitizenId.parse(input.citizenId, 'citizenId', this.clock);
    if (await this.store.isRegistered(citizenId.value)) throw alreadyRegistered();
    const record = DeathRecord.register({ ...input, id: randomUUID(), citizenId, dateOfDeath: BusinessDate.parse(input.dateOfDeath, 'dateOfDeath') }, BusinessDate.today(this.clock));
    await this.store.insert(record);
    const s = record.snapshot();
    await this.events.publish([{ contract: DeathRegistered, subject: s.id, data: { deathRecordId: s.id, citizenId: s.citizenId.value, name: s.name, dateOfDeath: s.dateOfDeath.toString(), divisionCode: s.divisionCode } }]);
    return record;
  }

  async cremate(id: string, input: { crematedOn: string; funeralHome: string; certificateNo: string }, ifMatch?: number): Promise<DeathRecord> {
    const found = await this.store.find(id);
    if (!found) throw new DomainError('DEATH.NOT_FOUND', `no death record ${id}`, 'not-found');
    assertDistrictInScope(found.row.division_code);
    const { record } = found;
    if (ifMatch !== undefined && ifMatch !== record.version) throw new StaleVersionError(record.version);
    const expected = record.version;
    record.cremate({ crematedOn: BusinessDate.parse(input.crematedOn, 'crematedOn'), funeralHome: input.funeralHome, certificateNo: input.certificateNo });
    await this.store.update(record, expected);
    const s = record.snapshot();
    await this.events.publish([{ contract: CremationCompleted, subject: s.id, data: { deathRecordId: s.id, citizenId: s.citizenId.value, ...s.cremation! } }]);
    return record;
  }
}
