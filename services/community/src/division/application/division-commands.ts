import { BusinessDate, Clock, DivisionCode, DomainError } from '@civic/domain-kernel';
import { CLOCK, EventPublisher, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { Division, divisionNotFound } from '../domain/division';
import { DIVISION_REPOSITORY, DivisionRepository } from '../domain/division.repository';
import { COMMITTEE_CONTENTS, CommitteeContents } from './committee-contents';
import { integrationEventsOf } from './division-integration-events';

/** The use cases that change divisions. Each runs inside the command transaction. */
@Injectable()
export class DivisionCommands {
  constructor(
    @Inject(DIVISION_REPOSITORY) private readonly divisions: DivisionRepository,
    private readonly events: EventPublisher,
    @Inject(COMMITTEE_CONTENTS) private readonly contents: CommitteeContents,
    @Inject(CLOCK) private readonly clock: Clock,
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

  /** 合并: committees of one sub-district join `code` from `effectiveFrom`; their dwellings and persons move to it. */
  async merge(code: string, input: { mergedCodes: string[]; effectiveFrom: string }, ifMatch?: number): Promise<Division> {
    const target = await this.load(code, ifMatch);
    const expected = target.version;
    const sources: Division[] = [];
    for (const merged of input.mergedCodes) {
      const source = await this.divisions.find(merged);
      if (!source) throw new DomainError('DIVISION.UNKNOWN', `mergedCodes: no division ${merged}`, 'rule', 'mergedCodes');
      sources.push(source);
    }
    target.absorb(sources, BusinessDate.parse(input.effectiveFrom, 'effectiveFrom'));
    for (const source of sources) await this.commit(source, source.version - 1);
    await this.contents.moveAll(input.mergedCodes, code);
    await this.commit(target, expected);
    return target;
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
