import { BusinessDate, Clock, DivisionCode, DomainError, systemClock } from '@civic/domain-kernel';
import { EventPublisher, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { Division, divisionNotFound } from '../domain/division';
import { DIVISION_REPOSITORY, DivisionRepository } from '../domain/division.repository';
import { integrationEventsOf } from './division-integration-events';

export const DIVISION_CLOCK = Symbol('DIVISION_CLOCK');

/** The use cases that change divisions. Each runs inside the command transaction. */
@Injectable()
export class DivisionCommands {
  constructor(
    @Inject(DIVISION_REPOSITORY) private readonly divisions: DivisionRepository,
    private readonly events: EventPublisher,
    @Inject(DIVISION_CLOCK) private readonly clock: Clock = systemClock,
  ) {}

  async establish(input: { code: string; name: string; validFrom?: string }): Promise<Division> {
    if (await this.divisions.find(input.code)) {
      throw new DomainError('DIVISION.EXISTS', `division ${input.code} already exists`, 'conflict', 'code');
    }
    const validFrom = input.validFrom ? BusinessDate.parse(input.validFrom, 'validFrom') : BusinessDate.today(this.clock);
    const parentCode = DivisionCode.parse(input.code, 'code').parent?.value ?? null;
    const parent = parentCode ? await this.divisions.find(parentCode) : null;
    const division = Division.establish({ code: input.code, name: input.name, validFrom, parent });
    await this.commit(division, null);
    return division;
  }

  async rename(code: string, input: { name: string; effectiveFrom?: string }, ifMatch?: number): Promise<Division> {
    const division = await this.load(code, ifMatch);
    const expected = division.version;
    division.rename(input.name, input.effectiveFrom ? BusinessDate.parse(input.effectiveFrom, 'effectiveFrom') : BusinessDate.today(this.clock));
    await this.commit(division, expected);
    return division;
  }

  async revoke(code: string, input: { validTo?: string; reason: string }, ifMatch?: number): Promise<Division> {
    const division = await this.load(code, ifMatch);
    const expected = division.version;
    division.revoke(
      input.validTo ? BusinessDate.parse(input.validTo, 'validTo') : BusinessDate.today(this.clock),
      input.reason,
      await this.divisions.countActiveChildren(code),
    );
    await this.commit(division, expected);
    return division;
  }

  private async load(code: string, ifMatch: number | undefined): Promise<Division> {
    const division = await this.divisions.find(code);
    if (!division) throw divisionNotFound(code);
    if (ifMatch !== undefined && ifMatch !== division.version) throw new StaleVersionError(division.version);
    return division;
  }

  private async commit(division: Division, expectedVersion: number | null): Promise<void> {
    const changes = division.pullChanges();
    await this.divisions.save(division, changes, expectedVersion);
    await this.events.publish(integrationEventsOf(division, changes));
  }
}
