import { BusinessDate, Clock, DomainError, notInFuture } from '@civic/domain-kernel';
import { CLOCK, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DIVISION_REPOSITORY, DivisionRepository } from '../../division/domain/division.repository';
import { Disclosure, disclosureNotFound } from '../domain/disclosure';
import { DISCLOSURE_REPOSITORY, DisclosureRepository } from '../domain/disclosure.repository';

/** 村务公开: a committee's disclosure scheduled for a period (due by its kind's rule), then published. */
@Injectable()
export class DisclosureCommands {
  constructor(
    @Inject(DISCLOSURE_REPOSITORY) private readonly disclosures: DisclosureRepository,
    @Inject(DIVISION_REPOSITORY) private readonly divisions: DivisionRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async schedule(input: { committeeCode: string; kind: string; periodEnd: string }): Promise<Disclosure> {
    const kind = await this.disclosures.kind(input.kind);
    if (!kind) throw new DomainError('DISCLOSURE.KIND_UNKNOWN', `no disclosure kind ${input.kind}`, 'rule', 'kind');
    const disclosure = Disclosure.schedule({
      id: randomUUID(),
      committeeCode: input.committeeCode,
      kind,
      periodEnd: BusinessDate.parse(input.periodEnd, 'periodEnd'),
    });
    if ((await this.divisions.find(disclosure.snapshot().committeeCode))?.status !== 'active')
      throw new DomainError('DISCLOSURE.COMMITTEE_UNKNOWN', `committeeCode ${input.committeeCode} is no committee in force`, 'rule', 'committeeCode');
    await this.disclosures.save(disclosure, null);
    return disclosure;
  }

  async publish(id: string, input: { publishedOn: string; content: string }, ifMatch?: number): Promise<Disclosure> {
    const disclosure = await this.disclosures.find(id, { forUpdate: true });
    if (!disclosure) throw disclosureNotFound(id);
    if (ifMatch !== undefined && ifMatch !== disclosure.version) throw new StaleVersionError(disclosure.version);
    const expected = disclosure.version;
    const publishedOn = BusinessDate.parse(input.publishedOn, 'publishedOn');
    notInFuture(publishedOn, BusinessDate.today(this.clock), 'publishedOn', 'DISCLOSURE');
    disclosure.publish(publishedOn, input.content);
    await this.disclosures.save(disclosure, expected);
    return disclosure;
  }
}
