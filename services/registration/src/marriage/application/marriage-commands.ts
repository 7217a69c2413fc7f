import { BusinessDate, CitizenId, Clock } from '@civic/domain-kernel';
import { CLOCK, EventPublisher } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Certificate } from '../domain/certificate';
import { Marriage, marriageNotFound } from '../domain/marriage';
import { MARRIAGE_REPOSITORY, MarriageRepository } from '../domain/marriage.repository';
import { marriageIntegrationEvents } from './marriage-integration-events';

export interface PartyInput {
  citizenId: string;
  name: string;
}

/** 结婚登记, 补领, and what a death does to a marriage. Each runs in the command (or inbox) transaction. */
@Injectable()
export class MarriageCommands {
  constructor(
    @Inject(MARRIAGE_REPOSITORY) private readonly marriages: MarriageRepository,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(input: { partyA: PartyInput; partyB: PartyInput; officeCode: string; declaredNoProhibitedKinship: boolean }): Promise<Marriage> {
    const today = BusinessDate.today(this.clock);
    const a = CitizenId.parse(input.partyA.citizenId, 'partyA.citizenId', this.clock);
    const b = CitizenId.parse(input.partyB.citizenId, 'partyB.citizenId', this.clock);
    const standings = await this.marriages.lockStandings([a.value, b.value], today);
    const [first, second] = await this.marriages.nextCertificateSerials(2);
    const marriage = Marriage.register({
      id: randomUUID(),
      partyA: { citizenId: a, name: input.partyA.name, standing: standings.get(a.value) ?? 'unmarried' },
      partyB: { citizenId: b, name: input.partyB.name, standing: standings.get(b.value) ?? 'unmarried' },
      officeCode: input.officeCode,
      on: today,
      declaredNoProhibitedKinship: input.declaredNoProhibitedKinship,
      serials: [first, second],
    });
    await this.commit(marriage);
    return marriage;
  }

  /** 补领: the holder's current certificate is voided and a new number issued. */
  async reissue(marriageId: string, input: { holderCitizenId: string; reason: string; officeCode: string }): Promise<Certificate> {
    const marriage = await this.marriages.find(marriageId, { forUpdate: true });
    if (!marriage) throw marriageNotFound(marriageId);
    const [serial] = await this.marriages.nextCertificateSerials(1);
    const issued = marriage.reissueCertificate(input.holderCitizenId, input.reason, input.officeCode, BusinessDate.today(this.clock), serial);
    await this.commit(marriage);
    return issued;
  }

  /** A death (funeral's death record) ends the person's marriage; the spouse becomes widowed. */
  async personDied(citizenId: string, on: BusinessDate): Promise<void> {
    const marriage = await this.marriages.currentMarriageOf(citizenId);
    if (!marriage) return this.marriages.recordDeath(citizenId, on);
    marriage.endByDeathOf(citizenId, on);
    await this.commit(marriage);
  }

  private async commit(marriage: Marriage): Promise<void> {
    const changes = marriage.pullChanges();
    await this.marriages.save(marriage, changes);
    await this.events.publish(marriageIntegrationEvents(marriage, changes));
  }
}
