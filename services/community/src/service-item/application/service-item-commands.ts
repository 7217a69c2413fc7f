import { BusinessDate, Clock, DivisionCode, DivisionLevel, DomainError, notInFuture } from '@civic/domain-kernel';
import { CLOCK, EventPublisher, recordedBy, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DIVISION_REPOSITORY, DivisionRepository } from '../../division/domain/division.repository';
import { ServiceItem, serviceItemNotFound, ServiceItemTerms } from '../domain/service-item';
import { SERVICE_ITEM_REPOSITORY, ServiceItemRepository } from '../domain/service-item.repository';
import { serviceItemIntegrationEvents } from './service-item-integration-events';

/** Where an item is pushed down: all committees of a district or sub-district, or one committee. */
const PUSH_DOWN_LEVELS: DivisionLevel[] = ['county', 'township', 'committee'];

/** 事项准入/变更/退出 and 下沉: the catalogue's use cases, each in the command's transaction with its history and events. */
@Injectable()
export class ServiceItemCommands {
  constructor(
    @Inject(SERVICE_ITEM_REPOSITORY) private readonly items: ServiceItemRepository,
    @Inject(DIVISION_REPOSITORY) private readonly divisions: DivisionRepository,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async admit(input: ServiceItemTerms & { code: string; decisionNo: string; admittedOn: string }): Promise<ServiceItem> {
    const item = ServiceItem.admit({ ...input, admittedOn: this.pastDate(input.admittedOn, 'admittedOn') });
    await this.commit(item, null);
    return item;
  }

  change(code: string, input: ServiceItemTerms, ifMatch?: number): Promise<ServiceItem> {
    return this.act(code, ifMatch, (item) => item.change(input));
  }

  admitForCommittees(code: string, input: { decisionNo: string; admittedOn: string }, ifMatch?: number): Promise<ServiceItem> {
    return this.act(code, ifMatch, (item) => item.admitForCommittees(input.decisionNo, this.pastDate(input.admittedOn, 'admittedOn')));
  }

  async pushDown(code: string, input: { divisionCode: string; pushedOn: string }, ifMatch?: number): Promise<ServiceItem> {
    const on = BusinessDate.parse(input.pushedOn, 'pushedOn');
    return this.act(code, ifMatch, async (item) => {
      item.pushDown(input.divisionCode, on);
      const division = await this.divisions.find(input.divisionCode);
      if (division?.status !== 'active' || !PUSH_DOWN_LEVELS.includes(DivisionCode.parse(input.divisionCode).level))
        throw new DomainError(
          'SERVICE_ITEM.DIVISION_UNKNOWN',
          `${input.divisionCode} is no district, sub-district or committee in force`,
          'rule',
          'divisionCode',
        );
    });
  }

  withdraw(code: string, input: { reason: string; withdrawnOn: string }, ifMatch?: number): Promise<ServiceItem> {
    return this.act(code, ifMatch, (item) => item.withdraw(input.reason, this.pastDate(input.withdrawnOn, 'withdrawnOn')));
  }

  private async act(code: string, ifMatch: number | undefined, act: (item: ServiceItem) => void | Promise<void>): Promise<ServiceItem> {
    const item = await this.items.find(code, { forUpdate: true });
    if (!item) throw serviceItemNotFound(code);
    if (ifMatch !== undefined && ifMatch !== item.version) throw new StaleVersionError(item.version);
    const expected = item.version;
    await act(item);
    await this.commit(item, expected);
    return item;
  }

  private async commit(item: ServiceItem, expectedVersion: number | null): Promise<void> {
    const changes = item.pullChanges();
    await this.items.save(item, expectedVersion, changes, recordedBy());
    await this.events.publish(serviceItemIntegrationEvents(item, changes));
  }

  private pastDate(raw: string, field: string): BusinessDate {
    const date = BusinessDate.parse(raw, field);
    notInFuture(date, BusinessDate.today(this.clock), field, 'SERVICE_ITEM');
    return date;
  }
}
