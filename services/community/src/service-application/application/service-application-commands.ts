import { BusinessDate, CitizenId, Clock, DomainError, notInFuture } from '@civic/domain-kernel';
import { CLOCK, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DIVISION_REPOSITORY, DivisionRepository } from '../../division/domain/division.repository';
import { SERVICE_ITEM_REPOSITORY, ServiceItemRepository } from '../../service-item/domain/service-item.repository';
import { ApplicationOutcome, ServiceApplication, serviceApplicationNotFound } from '../domain/service-application';
import { SERVICE_APPLICATION_REPOSITORY, ServiceApplicationRepository } from '../domain/service-application.repository';

/** 社区事务受理: an application accepted at a centre against an item in force, then concluded (办结). */
@Injectable()
export class ServiceApplicationCommands {
  constructor(
    @Inject(SERVICE_APPLICATION_REPOSITORY) private readonly applications: ServiceApplicationRepository,
    @Inject(SERVICE_ITEM_REPOSITORY) private readonly items: ServiceItemRepository,
    @Inject(DIVISION_REPOSITORY) private readonly divisions: DivisionRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async accept(input: {
    itemCode: string;
    centreCode: string;
    applicantCitizenId: string;
    applicantName: string;
    receivedOn: string;
  }): Promise<ServiceApplication> {
    const receivedOn = this.pastDate(input.receivedOn, 'receivedOn');
    const item = await this.items.find(input.itemCode);
    if (!item) throw new DomainError('SERVICE_APPLICATION.ITEM_UNKNOWN', `no item ${input.itemCode} in the catalogue`, 'rule', 'itemCode');
    item.mustAcceptApplicationsOn(receivedOn);
    const application = ServiceApplication.accept({
      id: randomUUID(),
      item: { code: item.code, timeLimitDays: item.timeLimitDays },
      centreCode: input.centreCode,
      applicant: { citizenId: CitizenId.parse(input.applicantCitizenId, 'applicantCitizenId', this.clock), name: input.applicantName },
      receivedOn,
    });
    if ((await this.divisions.find(application.snapshot().centreCode))?.status !== 'active')
      throw new DomainError('SERVICE_APPLICATION.CENTRE_UNKNOWN', `${input.centreCode} is no sub-district or town in force`, 'rule', 'centreCode');
    await this.applications.save(application, null);
    return application;
  }

  async conclude(id: string, input: { concludedOn: string; outcome: ApplicationOutcome; note?: string | null }, ifMatch?: number): Promise<ServiceApplication> {
    const application = await this.applications.find(id, { forUpdate: true });
    if (!application) throw serviceApplicationNotFound(id);
    if (ifMatch !== undefined && ifMatch !== application.version) throw new StaleVersionError(application.version);
    const expected = application.version;
    application.conclude(this.pastDate(input.concludedOn, 'concludedOn'), input.outcome, input.note ?? null);
    await this.applications.save(application, expected);
    return application;
  }

  private pastDate(raw: string, field: string): BusinessDate {
    const date = BusinessDate.parse(raw, field);
    notInFuture(date, BusinessDate.today(this.clock), field, 'SERVICE_APPLICATION');
    return date;
  }
}
