import { BusinessDate, Clock, DomainError } from '@civic/domain-kernel';
import { CLOCK, EventPublisher, recordedBy } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { marriageIntegrationEvents } from '../../marriage/application/marriage-integration-events';
import { MARRIAGE_REPOSITORY, MarriageRepository } from '../../marriage/domain/marriage.repository';
import { CERTIFICATE_WINDOW_DAYS, COOLING_OFF_DAYS, divorceAlreadyOpen, DivorceApplication, divorceApplicationNotFound } from '../domain/divorce-application';
import { DIVORCE_APPLICATION_REPOSITORY, DivorceApplicationRepository } from '../domain/divorce-application.repository';

/** 协议离婚: application, withdrawal, the certificate after the cooling-off period, and lapse. */
@Injectable()
export class DivorceCommands {
  constructor(
    @Inject(DIVORCE_APPLICATION_REPOSITORY) private readonly applications: DivorceApplicationRepository,
    @Inject(MARRIAGE_REPOSITORY) private readonly marriages: MarriageRepository,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async apply(input: { marriageId: string; partiesAppearedInPerson: boolean }): Promise<DivorceApplication> {
    const marriage = await this.marriages.find(input.marriageId);
    if (!marriage) throw new DomainError('MARRIAGE.UNKNOWN', `marriageId ${input.marriageId} is not a registered marriage`, 'invalid', 'marriageId');
    marriage.mustBeCurrent('marriageId');
    if (await this.applications.openFor(marriage.id)) throw divorceAlreadyOpen();
    const clerk = input.partiesAppearedInPerson === true ? recordedBy() : null;
    const application = DivorceApplication.apply(randomUUID(), marriage.id, marriage.parties, this.today(), clerk);
    await this.applications.save(application, null);
    return application;
  }

  async withdraw(id: string, citizenId: string): Promise<DivorceApplication> {
    return this.step(id, async (d) => d.withdraw(citizenId.toUpperCase(), this.today()));
  }

  /** When the second party asks within the window, the divorce is registered: certificates, statuses, event. */
  async requestCertificate(
    id: string,
    input: { citizenId: string; officeCode: string; appearedInPerson: boolean },
  ): Promise<{ application: DivorceApplication; certificates: string[] }> {
    const { citizenId, officeCode } = input;
    let certificates: string[] = [];
    const application = await this.step(id, async (d) => {
      if (!d.requestCertificate(citizenId.toUpperCase(), this.today(), input.appearedInPerson)) return;
      const marriage = (await this.marriages.find(d.snapshot().marriageId, { forUpdate: true }))!;
      const [first, second] = await this.marriages.nextCertificateSerials(2);
      certificates = marriage.divorce(this.today(), officeCode, [first, second]).map((c) => c.number);
      const changes = marriage.pullChanges();
      await this.marriages.save(marriage, changes);
      await this.events.publish(marriageIntegrationEvents(marriage, changes));
    });
    return { application, certificates };
  }

  /** A party died (funeral's death record): their open application ends; nothing when there is none. */
  async partyDied(citizenId: string, dateOfDeath: BusinessDate): Promise<void> {
    const id = await this.applications.openForParty(citizenId);
    if (!id) return;
    const d = (await this.applications.find(id))!;
    const expected = d.version;
    if (d.endByDeathOf(citizenId, dateOfDeath)) await this.applications.save(d, expected);
  }

  /** The scheduled lapse (视为撤回); each application in its own step, so running twice changes nothing more. */
  async lapseDue(): Promise<number> {
    const today = this.today();
    let lapsed = 0;
    for (const id of await this.applications.dueForLapse(today, COOLING_OFF_DAYS + CERTIFICATE_WINDOW_DAYS)) {
      const d = await this.applications.find(id);
      if (!d) continue;
      const expected = d.version;
      if (d.lapseIfDue(today)) {
        await this.applications.save(d, expected);
        lapsed += 1;
      }
    }
    return lapsed;
  }

  async find(id: string): Promise<DivorceApplication> {
    const d = await this.applications.find(id);
    if (!d) throw divorceApplicationNotFound(id);
    return d;
  }

  private async step(id: string, change: (d: DivorceApplication) => Promise<void>): Promise<DivorceApplication> {
    const d = await this.applications.find(id);
    if (!d) throw divorceApplicationNotFound(id);
    const expected = d.version;
    await change(d);
    await this.applications.save(d, expected);
    return d;
  }

  private today(): BusinessDate {
    return BusinessDate.today(this.clock);
  }
}
