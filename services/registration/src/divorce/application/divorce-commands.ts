import { BusinessDate, Clock, DomainError } from '@civic/domain-kernel';
import { CLOCK, EventPublisher, UnitOfWork } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { marriageIntegrationEvents } from '../../marriage/application/marriage-integration-events';
import { MARRIAGE_REPOSITORY, MarriageRepository } from '../../marriage/domain/marriage.repository';
import { CERTIFICATE_WINDOW_DAYS, COOLING_OFF_DAYS, DivorceApplication } from '../domain/divorce-application';
import { alreadyOpen, DivorceStore } from '../persistence/divorce.store';

/** 协议离婚: application, withdrawal, the certificate after the cooling-off period, and lapse. */
@Injectable()
export class DivorceCommands {
  constructor(
    private readonly store: DivorceStore,
    @Inject(MARRIAGE_REPOSITORY) private readonly marriages: MarriageRepository,
    private readonly uow: UnitOfWork,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async apply(input: { marriageId: string }): Promise<DivorceApplication> {
    const marriage = await this.marriages.find(input.marriageId);
    if (!marriage) throw new DomainError('MARRIAGE.UNKNOWN', `marriageId ${input.marriageId} is not a registered marriage`, 'invalid', 'marriageId');
    marriage.mustBeCurrent('marriageId');
    if (await this.store.openFor(marriage.id)) throw alreadyOpen();
    const application = DivorceApplication.apply(randomUUID(), marriage.id, marriage.parties, this.today());
    await this.store.insert(application);
    return application;
  }

  async withdraw(id: string, citizenId: string): Promise<DivorceApplication> {
    return this.step(id, async (d) => d.withdraw(citizenId.toUpperCase(), this.today()));
  }

  /** When the second party asks within the window, the divorce is registered: certificates, statuses, event. */
  async requestCertificate(id: string, citizenId: string, officeCode: string): Promise<{ application: DivorceApplication; certificates: string[] }> {
    let certificates: string[] = [];
    const application = await this.step(id, async (d) => {
      if (!d.requestCertificate(citizenId.toUpperCase(), this.today())) return;
      const marriage = (await this.marriages.find(d.snapshot().marriageId, { forUpdate: true }))!;
      const [first, second] = await this.marriages.nextCertificateSerials(2);
      certificates = marriage.divorce(this.today(), officeCode, [first, second]).map((c) => c.number);
      const changes = marriage.pullChanges();
      await this.marriages.save(marriage, changes);
      await this.events.publish(marriageIntegrationEvents(marriage, changes));
    });
    return { application, certificates };
  }

  /** The scheduled lapse (视为撤回); each application in its own step, so running twice changes nothing more. */
  async lapseDue(): Promise<number> {
    const today = this.today();
    let lapsed = 0;
    const due = await this.store.dueForLapse(this.uow.manager(), today, COOLING_OFF_DAYS + CERTIFICATE_WINDOW_DAYS);
    for (const id of due) {
      const d = await this.store.find(id, this.uow.transaction());
      if (!d) continue;
      const expected = d.version;
      if (d.lapseIfDue(today)) {
        await this.store.update(this.uow.transaction(), d, expected);
        lapsed += 1;
      }
    }
    return lapsed;
  }

  async find(id: string): Promise<DivorceApplication> {
    const d = await this.store.find(id);
    if (!d) throw new DomainError('DIVORCE.NOT_FOUND', `no divorce application ${id}`, 'not-found');
    return d;
  }

  private async step(id: string, change: (d: DivorceApplication) => Promise<void>): Promise<DivorceApplication> {
    const d = await this.store.find(id, this.uow.transaction());
    if (!d) throw new DomainError('DIVORCE.NOT_FOUND', `no divorce application ${id}`, 'not-found');
    const expected = d.version;
    await change(d);
    await this.store.update(this.uow.transaction(), d, expected);
    return d;
  }

  private today(): BusinessDate {
    return BusinessDate.today(this.clock);
  }
}
